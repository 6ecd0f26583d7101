using Bot.Slack.Security;
using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>Every log line of the Slack adapter. Never a token, secret or signature; raw bodies only at Trace.</summary>
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Warning, "Slack request to {Path} refused: {Reason}")]
    public static partial void RequestRefused(ILogger logger, string path, SignatureCheck reason);

    [LoggerMessage(5002, LogLevel.Debug, "Slack request to {Path}: {Length} bytes")]
    public static partial void RawBody(ILogger logger, string path, int length);

    [LoggerMessage(5003, LogLevel.Trace, "Slack request body: {Body}")]
    public static partial void RawBodyText(ILogger logger, string body);

    [LoggerMessage(5004, LogLevel.Information, "Slack retried an event (attempt {RetryNum}, reason {RetryReason})")]
    public static partial void SlackRetry(ILogger logger, string retryNum, string retryReason);

    [LoggerMessage(5005, LogLevel.Debug, "Duplicate Slack event {EventId} ignored")]
    public static partial void DuplicateEvent(ILogger logger, string eventId);

    [LoggerMessage(5006, LogLevel.Debug, "Message from a bot ignored")]
    public static partial void IgnoredBotMessage(ILogger logger);

    [LoggerMessage(5007, LogLevel.Warning, "Slack work queue is full; the request gets a busy notice")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(5008, LogLevel.Information, "Unknown slash command {Command} refused")]
    public static partial void UnknownCommand(ILogger logger, string command);

    [LoggerMessage(5009, LogLevel.Debug, "Slash command answer not ready in time; it follows on response_url")]
    public static partial void AnswerDeferred(ILogger logger);

    [LoggerMessage(5011, LogLevel.Error, "Slack work item {Kind} failed")]
    public static partial void WorkFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(5020, LogLevel.Error, "Slack Web API {Method} returned ok:false with error {Error}")]
    public static partial void ApiError(ILogger logger, string method, string error);

    [LoggerMessage(5021, LogLevel.Error, "Slack Web API {Method} answered HTTP {Status}")]
    public static partial void ApiHttpError(ILogger logger, string method, int status);

    [LoggerMessage(5022, LogLevel.Warning, "Posting to a response_url answered HTTP {Status}")]
    public static partial void ResponseUrlFailed(ILogger logger, int status);

    [LoggerMessage(5023, LogLevel.Warning, "A response_url that is not an absolute http(s) URL was ignored")]
    public static partial void InvalidResponseUrl(ILogger logger);

    [LoggerMessage(5024, LogLevel.Information, "Slack auth.test: the bot is user {UserId}")]
    public static partial void AuthTestSucceeded(ILogger logger, string userId);

    [LoggerMessage(5025, LogLevel.Error, "Slack auth.test failed; the bot does not know its own user id")]
    public static partial void AuthTestFailed(ILogger logger, Exception exception);

    [LoggerMessage(5030, LogLevel.Information, "Slack Socket Mode connected (hello received)")]
    public static partial void SocketConnected(ILogger logger);

    [LoggerMessage(5031, LogLevel.Information, "Slack asked to disconnect: {Reason}")]
    public static partial void SocketDisconnectRequested(ILogger logger, string reason);

    [LoggerMessage(5032, LogLevel.Warning, "Slack Socket Mode connection closed ({Description})")]
    public static partial void SocketClosed(ILogger logger, string description);

    [LoggerMessage(5033, LogLevel.Information, "Reconnecting to Slack Socket Mode in {Seconds:0.0} s")]
    public static partial void SocketReconnecting(ILogger logger, double seconds);

    [LoggerMessage(5034, LogLevel.Error, "Slack Socket Mode session failed")]
    public static partial void SocketSessionFailed(ILogger logger, Exception exception);

    [LoggerMessage(5035, LogLevel.Error, "Slack Socket Mode stopped: the link is disabled or the app token is refused; fix the app and restart")]
    public static partial void SocketModeStopped(ILogger logger);

    [LoggerMessage(5036, LogLevel.Warning, "Malformed Socket Mode frame ignored")]
    public static partial void SocketMalformed(ILogger logger);
}
