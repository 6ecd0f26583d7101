using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Discord.Json;

namespace Bot.Discord.Gateway;

/// <summary>Finds a mention of the bot in a message and removes it from the question.</summary>
internal static partial class MentionText
{
    public static bool MentionsBot(DiscordMessage message, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (message.Mentions ?? []).Any(u => u.Id == botUserId)
            || (message.Content ?? "").Contains($"<@{botUserId}>", StringComparison.Ordinal)
            || (message.Content ?? "").Contains($"<@!{botUserId}>", StringComparison.Ordinal);
    }

    /// <summary>The message without the bot's mentions (both forms) and with whitespace tidied.</summary>
    public static string StripBotMention(string content, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var without = content.Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal).Replace($"<@{botUserId}>", " ", StringComparison.Ordinal);
        return Spaces().Replace(without, " ").Trim().TrimStart(',', ':').Trim();
    }

    /// <summary>The request a message to the bot makes: its text without the mention, parsed as everywhere else
    /// (a bare mention asks for help).</summary>
    public static BotRequest ToRequest(string content, string botUserId) =>
        RequestParser.Parse(StripBotMention(content, botUserId));

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
