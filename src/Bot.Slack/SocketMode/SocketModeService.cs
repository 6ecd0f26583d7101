using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Bot.Adapters;
using Bot.Adapters.Readiness;
using Bot.Slack.Api;
using Bot.Slack.Handling;
using Bot.Slack.Wire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.SocketMode;

/// <summary>Keeps one Socket Mode connection open: apps.connections.open, hello, an ack per envelope, the same
/// handlers as HTTP mode, a new connection when Slack asks for one and backoff with jitter when the socket drops.</summary>
internal sealed class SocketModeService(
    SlackApiClient api,
    ISocketModeTransportFactory transports,
    SlashCommandHandler commands,
    SlackEventHandler events,
    InteractionHandler interactions,
    IOptionsMonitor<SlackOptions> options,
    TimeProvider timeProvider,
    AdapterReadiness readiness,
    IHostApplicationLifetime lifetime,
    ILogger<SocketModeService> logger) : BackgroundService
{
    private static readonly HashSet<string> FatalOpenErrors = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "not_allowed_token_type", "account_inactive", "token_revoked", "missing_scope",
    };

    private int failures;

    internal static readonly TimeSpan BaseReconnectDelay = TimeSpan.FromSeconds(1);
    internal static readonly TimeSpan MaxReconnectDelay = TimeSpan.FromSeconds(30);

    /// <summary>How long a shutdown waits for Slack to answer the bot's close frame.</summary>
    internal static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.SocketMode)
            return;

        // Close as soon as the host begins to stop, not when its turn to stop comes after other services have drained.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        stoppingToken = stopping.Token;

        while (!stoppingToken.IsCancellationRequested)
        {
            SessionEnd end;
            try
            {
                end = await RunSessionAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.SocketSessionFailed(logger, ex);
                end = SessionEnd.Dropped;
            }

            readiness.Link(AdapterLinks.SlackSocketMode).Down("Socket Mode connection " + (end == SessionEnd.Stop ? "stopped" : "lost"));

            if (end == SessionEnd.Stop)
            {
                Log.SocketModeStopped(logger);
                return;
            }

            if (end == SessionEnd.Dropped)
            {
                failures++;
                var delay = Backoff.Delay(failures, BaseReconnectDelay, MaxReconnectDelay, Random.Shared);
                Log.SocketReconnecting(logger, delay.TotalSeconds);
                try
                {
                    await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<SessionEnd> RunSessionAsync(CancellationToken cancellationToken)
    {
        var open = await api.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (!open.Ok || !Uri.TryCreate(open.Url, UriKind.Absolute, out var uri))
            return open.Error is not null && FatalOpenErrors.Contains(open.Error) ? SessionEnd.Stop : SessionEnd.Dropped;

        var transport = transports.Create();
        await using (transport.ConfigureAwait(false))
        {
            await transport.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);

            // Not the stopping token: a cancelled receive aborts a ClientWebSocket, and a shutdown is to close it
            // with a close frame instead. Cancelled only when that close is not answered in time.
            using var receiving = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
            var closing = Task.CompletedTask;
            var onStop = cancellationToken.Register(() => closing = CloseForShutdownAsync(transport, receiving));
            try
            {
                return await ReceiveUntilEndAsync(transport, receiving, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await onStop.DisposeAsync().ConfigureAwait(false);
                await closing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<SessionEnd> ReceiveUntilEndAsync(ISocketModeTransport transport, CancellationTokenSource receiving, CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await transport.ReceiveAsync(receiving.Token).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                // Shutting down: an envelope left unacknowledged is sent again on another connection, so wait for
                // Slack's answer to the close and take nothing on meanwhile.
                if (frame.IsClose)
                    cancellationToken.ThrowIfCancellationRequested();
                continue;
            }

            if (frame.IsClose)
            {
                Log.SocketClosed(logger, frame.CloseDescription ?? "none");
                return SessionEnd.Dropped;
            }

            var end = await HandleFrameAsync(transport, frame.Text!, cancellationToken).ConfigureAwait(false);
            if (end is { } ended)
            {
                await transport.CloseAsync(cancellationToken).ConfigureAwait(false);
                return ended;
            }
        }
    }

    private static async Task CloseForShutdownAsync(ISocketModeTransport transport, CancellationTokenSource receiving)
    {
        receiving.CancelAfter(CloseTimeout);
        try
        {
            await transport.CloseAsync(receiving.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            // The socket is already gone or the close timed out; the receive loop ends either way.
        }
    }

    private async Task<SessionEnd?> HandleFrameAsync(ISocketModeTransport transport, string text, CancellationToken cancellationToken)
    {
        SocketMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(text, SlackJsonContext.Default.SocketMessage);
        }
        catch (JsonException)
        {
            message = null;
        }

        if (message is null)
        {
            Log.SocketMalformed(logger);
            return null;
        }

        switch (message.Type)
        {
            case "hello":
                failures = 0;
                readiness.Link(AdapterLinks.SlackSocketMode).Up();
                Log.SocketConnected(logger);
                return null;
            case "disconnect":
                Log.SocketDisconnectRequested(logger, message.Reason ?? "none");
                return message.Reason == "link_disabled" ? SessionEnd.Stop : SessionEnd.Refresh;
        }

        if (message.EnvelopeId is { } envelopeId)
            await HandleEnvelopeAsync(transport, envelopeId, message, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task HandleEnvelopeAsync(ISocketModeTransport transport, string envelopeId, SocketMessage message, CancellationToken cancellationToken)
    {
        switch (message.Type)
        {
            case "slash_commands":
                var command = Payload(message, SlackJsonContext.Default.SlashCommandPayload);
                var result = command is null
                    ? SlashCommandResult.Refuse("Malformed slash command payload.")
                    : await commands.HandleAsync(command, cancellationToken).ConfigureAwait(false);
                var reply = result.Refusal is not null ? SlashCommandHandler.Notice(result.Refusal) : result.Message;
                await AckAsync(transport, envelopeId, message.AcceptsResponsePayload ? reply : null, cancellationToken).ConfigureAwait(false);
                if (!message.AcceptsResponsePayload && reply is not null && command?.ResponseUrl is { } responseUrl)
                    await api.PostToResponseUrlAsync(responseUrl, reply, cancellationToken).ConfigureAwait(false);
                break;
            case "events_api":
                await AckAsync(transport, envelopeId, null, cancellationToken).ConfigureAwait(false);
                if (Payload(message, SlackJsonContext.Default.EventEnvelope) is { } envelope)
                    await events.HandleAsync(envelope, cancellationToken).ConfigureAwait(false);
                break;
            case "interactive":
                await AckAsync(transport, envelopeId, null, cancellationToken).ConfigureAwait(false);
                if (Payload(message, SlackJsonContext.Default.InteractionPayload) is { } interaction)
                    await interactions.HandleAsync(interaction, cancellationToken).ConfigureAwait(false);
                break;
            default:
                // Unknown envelopes are acknowledged so Slack does not keep retrying them.
                await AckAsync(transport, envelopeId, null, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The envelope's payload, or null (logged) when it is not the expected object.</summary>
    private T? Payload<T>(SocketMessage message, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            // A lone surrogate in a JsonElement only throws when read, as InvalidOperationException; refuse it here.
            if (message.Payload.ValueKind == JsonValueKind.Object && WireText.JsonProblem(Encoding.UTF8.GetBytes(message.Payload.GetRawText())) is null)
                return message.Payload.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            // Logged below like any other malformed payload.
        }

        Log.SocketMalformed(logger);
        return null;
    }

    private static Task AckAsync(ISocketModeTransport transport, string envelopeId, ResponseMessage? payload, CancellationToken cancellationToken) =>
        transport.SendAsync(JsonSerializer.Serialize(new SocketAck(envelopeId, payload), SlackJsonContext.Default.SocketAck), cancellationToken);
}
