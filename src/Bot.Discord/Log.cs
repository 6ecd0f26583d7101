using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>Every log line of the Discord adapter. None carries a token, a signature or (above Trace) a body.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Debug, "Waiting {Milliseconds} ms for the rate limit of {Route}")]
    public static partial void RateLimitWaiting(ILogger logger, string route, double milliseconds);

    [LoggerMessage(4002, LogLevel.Warning, "Discord rate-limited {Route}: retry after {Milliseconds} ms (global: {Global}, attempt {Attempt})")]
    public static partial void RateLimited(ILogger logger, string route, double milliseconds, bool global, int attempt);

    // Debug, not Information: one console line per interaction made every request queue on the console logger's
    // lock under load (the profile's largest wait); the metrics count commands instead.
    [LoggerMessage(4004, LogLevel.Debug, "Interaction command /{Command} received")]
    public static partial void CommandReceived(ILogger logger, string command);

    [LoggerMessage(4005, LogLevel.Warning, "The Discord work queue is full; {Name} was refused")]
    public static partial void QueueFull(ILogger logger, string name);

    [LoggerMessage(4006, LogLevel.Information, "Answer to /{Command} deferred: it took longer than the inline budget")]
    public static partial void AnswerDeferred(ILogger logger, string command);

    [LoggerMessage(4007, LogLevel.Error, "Answering /{Command} failed")]
    public static partial void AnswerFailed(ILogger logger, string command, Exception exception);

    [LoggerMessage(4008, LogLevel.Warning, "Interaction request refused: {Reason}")]
    public static partial void EndpointRefused(ILogger logger, string reason);

    [LoggerMessage(4009, LogLevel.Trace, "Verified interaction body of {Length} bytes")]
    public static partial void InteractionBody(ILogger logger, int length);

    [LoggerMessage(4010, LogLevel.Information, "Discord commands unchanged ({Count} {Scope} commands); nothing registered")]
    public static partial void CommandsUnchanged(ILogger logger, int count, string scope);

    [LoggerMessage(4011, LogLevel.Information, "Registered {Count} {Scope} Discord commands")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(4012, LogLevel.Error, "Registering Discord commands failed; the bot runs with whatever is registered")]
    public static partial void CommandRegistrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(4013, LogLevel.Information, "Mention received, answering as {Command}")]
    public static partial void MentionReceived(ILogger logger, string command);

    [LoggerMessage(4014, LogLevel.Warning, "Gateway connection failed; retrying in {Seconds:0.0} s")]
    public static partial void GatewayConnectionFailed(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(4015, LogLevel.Error, "Discord gateway stopped and will not reconnect: {Reason}")]
    public static partial void GatewayStopped(ILogger logger, string reason);

    [LoggerMessage(4016, LogLevel.Warning, "Daily identify limit ({Total}) used up; waiting {Seconds:0} s")]
    public static partial void IdentifyLimitReached(ILogger logger, int total, double seconds);

    [LoggerMessage(4017, LogLevel.Information, "Gateway connected ({Plan})")]
    public static partial void GatewayConnected(ILogger logger, string plan);

    [LoggerMessage(4018, LogLevel.Information, "Gateway asked us to reconnect (op 7); resuming")]
    public static partial void GatewayReconnectRequested(ILogger logger);

    [LoggerMessage(4019, LogLevel.Warning, "Gateway session invalid (op 9, resumable: {Resumable})")]
    public static partial void GatewaySessionInvalid(ILogger logger, bool resumable);

    [LoggerMessage(4020, LogLevel.Warning, "Gateway closed ({Reason}); reconnecting in {Seconds:0.0} s")]
    public static partial void GatewayClosed(ILogger logger, string reason, double seconds);

    [LoggerMessage(4021, LogLevel.Information, "Gateway ready as user {UserId}")]
    public static partial void GatewayReady(ILogger logger, string userId);

    [LoggerMessage(4022, LogLevel.Information, "Gateway session resumed at sequence {Sequence}")]
    public static partial void GatewayResumed(ILogger logger, long sequence);

    [LoggerMessage(4023, LogLevel.Warning, "No heartbeat ACK since the last heartbeat: the connection is dead; reconnecting")]
    public static partial void HeartbeatAckMissed(ILogger logger);

    [LoggerMessage(4024, LogLevel.Warning, "Sending a heartbeat failed")]
    public static partial void HeartbeatFailed(ILogger logger, Exception exception);

    [LoggerMessage(4025, LogLevel.Warning, "Ignored a gateway payload that is not valid JSON: {Message}")]
    public static partial void GatewayBadPayload(ILogger logger, string message);

    [LoggerMessage(4026, LogLevel.Information, "Identifying as shard {ShardId} of {ShardCount}")]
    public static partial void GatewayIdentifying(ILogger logger, int shardId, int shardCount);

    [LoggerMessage(4027, LogLevel.Information, "Resuming the gateway session from sequence {Sequence}")]
    public static partial void GatewayResuming(ILogger logger, long sequence);
}
