using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Adapters;
using Bot.Adapters.Telemetry;
using Bot.Slack.Handling;
using Bot.Slack.Security;
using Bot.Slack.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Bot.Slack.Http;

/// <summary>The three HTTP-mode endpoints. Each reads the raw body (bounded), verifies Slack's signature on it,
/// and only then parses; a refused request gets 401 and nothing else happens.</summary>
internal sealed partial class SlackHttpEndpoints(
    SlashCommandHandler commands,
    SlackEventHandler events,
    InteractionHandler interactions,
    IOptionsMonitor<SlackOptions> options,
    TimeProvider timeProvider,
    ILogger<SlackHttpEndpoints> logger,
    AdapterMetrics metrics)
{
    public const int MaxBodyBytes = 64 * 1024;

    public async Task<IResult> CommandsAsync(HttpContext context)
    {
        var (body, refusal) = await ReadVerifiedAsync(context).ConfigureAwait(false);
        if (refusal is not null)
            return refusal;

        if (!WireText.IsUtf8Form(body))
            return BadRequest("Malformed form body: it is not UTF-8.");
        var form = ParseForm(body!);
        if (form.ContainsKey("ssl_check"))
            return Results.Ok();
        var payload = new SlashCommandPayload(
            Field(form, "command"), Field(form, "text"), Field(form, "user_id"), Field(form, "channel_id"), Field(form, "response_url"));
        var result = await commands.HandleAsync(payload, context.RequestAborted).ConfigureAwait(false);
        if (result.Refusal is not null)
            return Results.Text(result.Refusal, "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);
        return result.Message is null
            ? Results.Ok()
            : Results.Json(result.Message, SlackJsonContext.Default.ResponseMessage);
    }

    public async Task<IResult> EventsAsync(HttpContext context)
    {
        var (body, refusal) = await ReadVerifiedAsync(context).ConfigureAwait(false);
        if (refusal is not null)
            return refusal;

        if (WireText.JsonProblem(body) is { } problem)
            return BadRequest($"Malformed JSON body: {problem}.");
        EventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, SlackJsonContext.Default.EventEnvelope);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope is null)
            return BadRequest("Malformed JSON body.");
        if (string.Equals(envelope.Type, "url_verification", StringComparison.Ordinal))
            return envelope.Challenge is null
                ? BadRequest("url_verification without a challenge.")
                : Results.Text(envelope.Challenge, "text/plain", Encoding.UTF8);

        if (context.Request.Headers.TryGetValue("X-Slack-Retry-Num", out var retry))
            Log.SlackRetry(logger, retry.ToString(), context.Request.Headers["X-Slack-Retry-Reason"].ToString());
        var outcome = await events.HandleAsync(envelope, context.RequestAborted).ConfigureAwait(false);
        return outcome == EventOutcome.Malformed ? BadRequest("Malformed event.") : Results.Ok();
    }

    public async Task<IResult> InteractivityAsync(HttpContext context)
    {
        var (body, refusal) = await ReadVerifiedAsync(context).ConfigureAwait(false);
        if (refusal is not null)
            return refusal;

        if (!WireText.IsUtf8Form(body))
            return BadRequest("Malformed form body: it is not UTF-8.");
        var json = Field(ParseForm(body!), "payload");
        if (json is null)
            return BadRequest("Malformed interactivity request: no payload field.");
        if (WireText.JsonProblem(Encoding.UTF8.GetBytes(json)) is { } problem)
            return BadRequest($"Malformed interactivity payload: {problem}.");
        InteractionPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(json, SlackJsonContext.Default.InteractionPayload);
        }
        catch (JsonException)
        {
            payload = null;
        }

        return payload is not null && await interactions.HandleAsync(payload, context.RequestAborted).ConfigureAwait(false) ? Results.Ok() : BadRequest("Malformed interactivity payload.");
    }

    private async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext context)
    {
        var request = context.Request;
        var body = await BoundedBody.ReadAsync(request, MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
            return (null, TooLarge());
        Log.RawBody(logger, request.Path, body.Length);

        var check = SlackSignatureVerifier.Verify(
            options.CurrentValue.SigningSecret,
            request.Headers["X-Slack-Request-Timestamp"].ToString(),
            request.Headers["X-Slack-Signature"].ToString(),
            body,
            timeProvider.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            Log.RequestRefused(logger, request.Path, check);
            metrics.SignatureFailure("slack", SignatureReasons.Of(check));
            return (null, Results.StatusCode(StatusCodes.Status401Unauthorized));
        }

        if (logger.IsEnabled(LogLevel.Trace))
            Log.RawBodyText(logger, LegacyToken().Replace(Encoding.UTF8.GetString(body), "${name}***"));
        return (body, null);
    }

    private static Dictionary<string, StringValues> ParseForm(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

    private static string? Field(Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;

    private static IResult BadRequest(string reason) =>
        Results.Text(reason, "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);

    // Slack still sends the deprecated verification token in bodies; even Trace logs must not carry it.
    [GeneratedRegex(@"(?<name>(^|&)token=|""token""\s*:\s*"")[^&""]*")]
    private static partial Regex LegacyToken();

    private static IResult TooLarge() =>
        Results.Text($"Request body larger than {MaxBodyBytes} bytes.", "text/plain", Encoding.UTF8, StatusCodes.Status413PayloadTooLarge);
}
