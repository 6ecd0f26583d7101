using Bot.Core.Answering;
using Bot.Slack.Rendering;

namespace Bot.Slack.Handling;

/// <summary>The text after "/article" or after a mention, as a core request: Slack markup made plain, then parsed
/// as everywhere else (nothing at all is help).</summary>
internal static class SlackRequest
{
    public static BotRequest Parse(string? text, string? botUserId) => RequestParser.Parse(SlackText.ToPlain(text, botUserId));
}
