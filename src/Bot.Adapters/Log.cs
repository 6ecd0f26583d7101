using Microsoft.Extensions.Logging;

namespace Bot.Adapters;

/// <summary>The shared reply pipeline's log lines, written under the adapter's own logger category.</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Error, "Reply work item {Name} failed")]
    public static partial void ReplyFailed(ILogger logger, string name, Exception exception);

    [LoggerMessage(6002, LogLevel.Error, "Answering {Command} failed; the asker gets an apology")]
    public static partial void AnswerFailed(ILogger logger, string command, Exception exception);

    [LoggerMessage(6101, LogLevel.Warning, "Redis is unavailable ({Reason}); shared state falls back to this process's memory until it is back, so replicas may answer a retried event twice")]
    public static partial void SharedStateDegraded(ILogger logger, string reason, Exception? exception);

    [LoggerMessage(6102, LogLevel.Information, "Redis is back; shared state is shared again")]
    public static partial void SharedStateRecovered(ILogger logger);

    [LoggerMessage(6103, LogLevel.Information, "Rate limited {Platform} user or channel; told them once for this window")]
    public static partial void RateLimited(ILogger logger, string platform);
    [LoggerMessage(6003, LogLevel.Information, "Stopping: finishing {Count} accepted replies before shutdown")]
    public static partial void FinishingReplies(ILogger logger, int count);

    [LoggerMessage(6004, LogLevel.Warning, "Shutdown timeout reached: {Count} accepted replies were not sent")]
    public static partial void RepliesAbandoned(ILogger logger, int count);
}
