using System.Net.WebSockets;
using System.Text.Json;
using Bot.Adapters.Readiness;
using Bot.Discord.Json;
using Bot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>
/// The gateway session: connect, identify or resume, heartbeat, and reconnect the way Discord asks. The reader
/// only parses and queues events; answering happens on the worker, so a slow answer never delays a heartbeat.
/// </summary>
internal sealed class GatewayService(
    DiscordRestClient rest,
    IGatewayTransportFactory transports,
    GatewayEventHandler events,
    WorkQueue queue,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    AdapterReadiness readiness,
    IHostApplicationLifetime lifetime,
    ILogger<GatewayService> logger) : BackgroundService
{
    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES. Not MESSAGE_CONTENT: mentions of the bot carry their content anyway.</summary>
    internal const int Intents = (1 << 0) | (1 << 9) | (1 << 12);
    internal static readonly TimeSpan IdentifySpacing = TimeSpan.FromSeconds(5);
    internal static readonly TimeSpan BaseBackoff = TimeSpan.FromSeconds(1);
    internal static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);
    internal static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long a shutdown waits for Discord to answer the bot's close frame.</summary>
    internal static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);
    private const int MaxFailuresBeforeNewSession = 5;

    private readonly GatewaySession _session = new();
    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;
    private int _failures;

    /// <summary>Why the adapter stopped for good (bad token, shard or intents), or null while it runs.</summary>
    internal string? StopReason { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.GatewayEnabled)
            return;

        // Close as soon as the host begins to stop, not when its turn to stop comes after other services have drained.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        stoppingToken = stopping.Token;
        var next = new GatewayNext(GatewayPlan.Identify, TimeSpan.Zero);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (next.Delay > TimeSpan.Zero)
                    await Task.Delay(next.Delay, time, stoppingToken).ConfigureAwait(false);
                var plan = next.Plan == GatewayPlan.Resume && _session.CanResume ? GatewayPlan.Resume : GatewayPlan.Identify;
                var uri = plan == GatewayPlan.Resume ? new Uri(_session.ResumeUrl!) : await PrepareIdentifyAsync(stoppingToken).ConfigureAwait(false);
                next = await RunConnectionAsync(uri, plan, settings, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordRestException ex) when (ex.Status is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
            {
                next = new GatewayNext(GatewayPlan.Stop, TimeSpan.Zero, "Discord rejected the bot token (" + (int)ex.Status + "): check Discord:BotToken");
            }
#pragma warning disable CA1031 // Whatever broke this connection, the adapter retries with backoff instead of taking the host down.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                // Resume if the session survives; after repeated failures start over on the main gateway URL.
                if (++_failures >= MaxFailuresBeforeNewSession)
                    _session.Clear();
                next = new GatewayNext(GatewayPlan.Resume, Backoff(_failures));
                Log.GatewayConnectionFailed(logger, next.Delay.TotalSeconds, ex);
            }

            if (next.Plan == GatewayPlan.Stop)
            {
                StopReason = next.Error;
                Log.GatewayStopped(logger, next.Error ?? "unknown");
                return;
            }
        }
    }

    private async Task<Uri> PrepareIdentifyAsync(CancellationToken cancellationToken)
    {
        var gateway = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        if (gateway.SessionStartLimit is { Remaining: <= 0 } limit)
        {
            var wait = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            Log.IdentifyLimitReached(logger, limit.Total, wait.TotalSeconds);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        var spacing = _lastIdentify + IdentifySpacing - time.GetUtcNow();
        if (spacing > TimeSpan.Zero)
            await Task.Delay(spacing, time, cancellationToken).ConfigureAwait(false);
        return new Uri(gateway.Url);
    }

    private async Task<GatewayNext> RunConnectionAsync(Uri uri, GatewayPlan plan, DiscordOptions settings, CancellationToken stoppingToken)
    {
        var transport = transports.Create();
        await using var _ = transport.ConfigureAwait(false);

        // Not linked to the stopping token: a cancelled receive aborts a ClientWebSocket, and a shutdown is to close
        // it with a close frame instead. Cancelled by a missed heartbeat ACK, or when the close is not answered in time.
        using var connection = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(connection.Token, stoppingToken);
        using var link = new GatewayLink(transport);
        using (var connectTimeout = new CancellationTokenSource(ConnectTimeout, time))
        using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, connectTimeout.Token))
            await transport.ConnectAsync(WithQuery(uri), connecting.Token).ConfigureAwait(false);
        Log.GatewayConnected(logger, plan.ToString());
        var heartbeat = Task.CompletedTask;
        var closing = Task.CompletedTask;
        var onStop = stoppingToken.Register(() => closing = CloseForShutdownAsync(link, connection));
        try
        {
            while (true)
            {
                GatewayFrame frame;
                try
                {
                    frame = await transport.ReceiveAsync(connection.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The heartbeat loop saw no ACK: a zombie connection. Drop it without ending the session.
                    await CloseQuietlyAsync(transport).ConfigureAwait(false);
                    return new GatewayNext(GatewayPlan.Resume, Backoff(++_failures));
                }

                if (stoppingToken.IsCancellationRequested)
                {
                    // Shutting down: wait for Discord's answer to the close, taking nothing else on meanwhile.
                    if (frame.IsClose)
                        stoppingToken.ThrowIfCancellationRequested();
                    continue;
                }

                if (frame.IsClose)
                    return OnClose(frame);
                if (Parse(frame.Text!) is not { } payload)
                    continue;
                if (payload.S is { } sequence)
                    _session.Sequence = sequence;

                switch (payload.Op)
                {
                    case GatewayOpcode.Hello:
                        var hello = payload.D?.Deserialize(DiscordJsonContext.Default.HelloData);
                        var interval = TimeSpan.FromMilliseconds(Math.Max(1000, hello?.HeartbeatInterval ?? 41250));
                        heartbeat = HeartbeatAsync(link, interval, connection, beating.Token);
                        await (plan == GatewayPlan.Resume ? SendResumeAsync(link, settings, stoppingToken) : SendIdentifyAsync(link, settings, stoppingToken)).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.HeartbeatAck:
                        link.Acknowledge();
                        break;
                    case GatewayOpcode.Heartbeat:
                        await link.SendAsync(HeartbeatJson(), stoppingToken).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.Reconnect:
                        Log.GatewayReconnectRequested(logger);
                        await CloseQuietlyAsync(transport).ConfigureAwait(false);
                        return new GatewayNext(GatewayPlan.Resume, TimeSpan.Zero);
                    case GatewayOpcode.InvalidSession:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        Log.GatewaySessionInvalid(logger, resumable);
                        await CloseQuietlyAsync(transport).ConfigureAwait(false);
                        if (!resumable)
                            _session.Clear();
                        // Discord asks for a random wait of 1 to 5 seconds before identifying again.
                        return new GatewayNext(resumable ? GatewayPlan.Resume : GatewayPlan.Identify, TimeSpan.FromSeconds(1 + (4 * Random.Shared.NextDouble())));
                    case GatewayOpcode.Dispatch:
                        OnDispatch(payload);
                        break;
                }
            }
        }
        finally
        {
            readiness.Link(AdapterLinks.DiscordGateway).Down("gateway connection lost");
            await onStop.DisposeAsync().ConfigureAwait(false);
            await closing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await connection.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private GatewayNext OnClose(GatewayFrame frame)
    {
        if (GatewayCloseCodes.IsFatal(frame.CloseCode))
            return new GatewayNext(GatewayPlan.Stop, TimeSpan.Zero, "Discord closed the gateway: " + GatewayCloseCodes.Describe(frame.CloseCode));
        var delay = Backoff(++_failures);
        Log.GatewayClosed(logger, GatewayCloseCodes.Describe(frame.CloseCode), delay.TotalSeconds);
        if (!GatewayCloseCodes.EndsSession(frame.CloseCode))
            return new GatewayNext(GatewayPlan.Resume, delay);
        _session.Clear();
        return new GatewayNext(GatewayPlan.Identify, delay);
    }

    private void OnDispatch(GatewayPayload payload)
    {
        if (payload.T is not { } type || payload.D is not { } data)
            return;
        switch (type)
        {
            case "READY":
                var ready = data.Deserialize(DiscordJsonContext.Default.ReadyData);
                if (ready?.User?.Id is null || ready.SessionId is null)
                {
                    Log.GatewayBadPayload(logger, "READY without a session id or user");
                    return;
                }

                _session.Start(ready.SessionId, ready.ResumeGatewayUrl, ready.User.Id);
                _failures = 0;
                readiness.Link(AdapterLinks.DiscordGateway).Up();
                Log.GatewayReady(logger, ready.User.Id);
                return;
            case "RESUMED":
                _failures = 0;
                readiness.Link(AdapterLinks.DiscordGateway).Up();
                Log.GatewayResumed(logger, _session.Sequence ?? 0);
                return;
            case "MESSAGE_CREATE" or "INTERACTION_CREATE":
                var botUserId = _session.BotUserId;
                if (!queue.TryEnqueue(type, ct => events.HandleAsync(type, data, botUserId, ct)))
                    Log.QueueFull(logger, type);
                return;
        }
    }

    private async Task HeartbeatAsync(GatewayLink link, TimeSpan interval, CancellationTokenSource connection, CancellationToken token)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                if (!link.TakeAcknowledgement())
                {
                    Log.HeartbeatAckMissed(logger);
                    await connection.CancelAsync().ConfigureAwait(false);
                    return;
                }

                await link.SendAsync(HeartbeatJson(), token).ConfigureAwait(false);
                await Task.Delay(interval, time, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            Log.HeartbeatFailed(logger, ex);
            await connection.CancelAsync().ConfigureAwait(false);
        }
    }

    private string HeartbeatJson() =>
        JsonSerializer.Serialize(new HeartbeatCommand(GatewayOpcode.Heartbeat, _session.Sequence), DiscordJsonContext.Default.HeartbeatCommand);

    private Task SendIdentifyAsync(GatewayLink link, DiscordOptions settings, CancellationToken cancellationToken)
    {
        _lastIdentify = time.GetUtcNow();
        var properties = new IdentifyProperties(OperatingSystemName(), "articlebot", "articlebot");
        var identify = new IdentifyCommand(GatewayOpcode.Identify, new IdentifyData(settings.BotToken!, Intents, properties, [settings.ShardId, settings.ShardCount]));
        Log.GatewayIdentifying(logger, settings.ShardId, settings.ShardCount);
        return link.SendAsync(JsonSerializer.Serialize(identify, DiscordJsonContext.Default.IdentifyCommand), cancellationToken);
    }

    private Task SendResumeAsync(GatewayLink link, DiscordOptions settings, CancellationToken cancellationToken)
    {
        var resume = new ResumeCommand(GatewayOpcode.Resume, new ResumeData(settings.BotToken!, _session.SessionId!, _session.Sequence));
        Log.GatewayResuming(logger, _session.Sequence ?? 0);
        return link.SendAsync(JsonSerializer.Serialize(resume, DiscordJsonContext.Default.ResumeCommand), cancellationToken);
    }

    private GatewayPayload? Parse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, DiscordJsonContext.Default.GatewayPayload);
        }
        catch (JsonException ex)
        {
            Log.GatewayBadPayload(logger, ex.Message);
            return null;
        }
    }

    /// <summary>A normal close (1000): Discord ends the session and shows the bot offline at once, rather than
    /// keeping a session no replica will resume. The receive loop then reads Discord's answering close.</summary>
    private async Task CloseForShutdownAsync(GatewayLink link, CancellationTokenSource connection)
    {
        connection.CancelAfter(CloseTimeout);
        try
        {
            await link.CloseAsync(GatewayCloseCodes.NormalClosure, connection.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            // The socket is already gone or the close timed out; the receive loop ends either way.
        }
    }

    private static async Task CloseQuietlyAsync(IGatewayTransport transport)
    {
        try
        {
            await transport.CloseAsync(GatewayCloseCodes.ResumableClose, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket is already gone; there is nothing left to close.
        }
    }

    internal static Uri WithQuery(Uri uri) => new UriBuilder(uri) { Query = "v=10&encoding=json" }.Uri;

    /// <summary>Up to 1, 2, 4 ... 60 seconds after repeated failures.</summary>
    internal static TimeSpan Backoff(int failures) => Adapters.Backoff.Delay(failures, BaseBackoff, MaxBackoff, Random.Shared);

    private static string OperatingSystemName() =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "unknown";
}
