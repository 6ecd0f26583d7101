using System.Text.Json;
using Bot.Discord.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: reads the raw body (bounded), verifies the signature before anything
/// else, then answers. Every refusal is a small JSON error, and nothing a client sends can crash the host.
/// </summary>
internal sealed class InteractionEndpoint(SignatureVerifier verifier, InteractionHandler handler, ILogger<InteractionEndpoint> logger)
{
    internal const int MaxBodyBytes = 64 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        if (!verifier.IsConfigured)
        {
            Log.EndpointRefused(logger, "no public key configured");
            await ErrorAsync(context, StatusCodes.Status401Unauthorized, "Interactions are disabled: Discord:PublicKey is not configured.").ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await ErrorAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {MaxBodyBytes} bytes.").ConfigureAwait(false);
            return;
        }

        var headers = context.Request.Headers;
        if (!verifier.Verify(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            Log.EndpointRefused(logger, "invalid request signature");
            await ErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid request signature").ConfigureAwait(false);
            return;
        }

        Log.InteractionBody(logger, body.Length);
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

    /// <summary>The whole body, or null when it is over the limit (checked before and while reading).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                    return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorBody(message), DiscordJsonContext.Default.ErrorBody, cancellationToken: context.RequestAborted);
    }
}
