using System.Text.Json;
using Bot.Adapters;
using Bot.Adapters.Telemetry;
using Bot.Discord.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: reads the raw body (bounded), verifies the signature before anything
/// else, then answers. Every refusal is a small JSON error, and nothing a client sends can crash the host.
/// </summary>
internal sealed class InteractionEndpoint(SignatureVerifier verifier, InteractionHandler handler, ILogger<InteractionEndpoint> logger, AdapterMetrics metrics)
{
    internal const int MaxBodyBytes = 64 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        if (!verifier.IsConfigured)
        {
            Log.EndpointRefused(logger, "no public key configured");
            metrics.SignatureFailure("discord", "no_public_key");
            await ErrorAsync(context, StatusCodes.Status401Unauthorized, "Interactions are disabled: Discord:PublicKey is not configured.").ConfigureAwait(false);
            return;
        }

        var body = await BoundedBody.ReadAsync(context.Request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await ErrorAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes.").ConfigureAwait(false);
            return;
        }

        var headers = context.Request.Headers;
        if (!verifier.Verify(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            Log.EndpointRefused(logger, "invalid request signature");
            metrics.SignatureFailure("discord", "invalid");
            await ErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid request signature").ConfigureAwait(false);
            return;
        }

        Log.InteractionBody(logger, body.Length);
        if (WireText.JsonProblem(body) is { } problem)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, $"The body is not a valid interaction: {problem}.").ConfigureAwait(false);
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException ex)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, $"The body is not a valid interaction: {ex.Message}").ConfigureAwait(false);
            return;
        }

        if (interaction is null)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "The body is not a valid interaction: null.").ConfigureAwait(false);
            return;
        }

        var outcome = await handler.HandleAsync(interaction, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, $"Unsupported interaction type {interaction.Type}.").ConfigureAwait(false);
            return;
        }

        try
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            await context.Response.WriteAsJsonAsync(outcome.Response, DiscordJsonContext.Default.InteractionResponse, cancellationToken: cancellationToken).ConfigureAwait(false);
            await context.Response.CompleteAsync().ConfigureAwait(false);
            outcome.Delivered?.TrySetResult();
        }
        finally
        {
            outcome.Delivered?.TrySetCanceled(CancellationToken.None);
        }
    }

    private static Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorBody(message), DiscordJsonContext.Default.ErrorBody, cancellationToken: context.RequestAborted);
    }
}
