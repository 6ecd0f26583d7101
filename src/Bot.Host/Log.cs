namespace Bot.Host;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "No Discord or Slack settings: starting the console chat")]
    public static partial void ConsoleMode(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Chat adapters configured: Discord {Discord}, Slack {Slack}")]
    public static partial void AdapterMode(ILogger logger, bool discord, bool slack);
}
