namespace Bot.Host;

internal static partial class Log
{
    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Chat adapters configured: Discord {Discord}, Slack {Slack}")]
    public static partial void AdapterMode(ILogger logger, bool discord, bool slack);
}
