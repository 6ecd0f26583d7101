using System.Text.RegularExpressions;

namespace Bot.Core.Answering.Normalizing;

/// <summary>Removes what chat platforms put into a message that is not part of the question: user, role and
/// channel mentions and the broadcast tokens, so they are neither searched for nor echoed back.</summary>
internal static partial class PlatformMentions
{
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = Tokens().Replace(text, " ");
        return Spaces().Replace(stripped, " ").Trim();
    }

    // Slack: <!channel>, <!here>, <!everyone>, <!subteam^S1|@team>, <@U123>, <@U123|name>, <#C123|general>.
    // Discord: <@123>, <@!123>, <@&123>, <#123>. Both: a bare @everyone or @here, and @name typed by hand
    // at the very start of the message (a mention the client did not resolve).
    [GeneratedRegex(@"<[!@#][^<>\s]{0,80}>|(?<![\w@])@(?:everyone|here|channel)\b|^\s*@[\w.\-]{1,32}[,:]?(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
