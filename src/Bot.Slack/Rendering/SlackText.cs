using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Slack.Rendering;

/// <summary>Slack mrkdwn escaping and the reverse: Slack markup in user text turned back into plain words.</summary>
internal static partial class SlackText
{
    /// <summary>Escapes the three characters Slack's formatting reserves, and nothing else, so "&lt;!channel&gt;" can never be produced.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Escapes and cuts to at most <paramref name="maxLength"/> characters, never inside an entity or a surrogate pair.</summary>
    public static string EscapeTruncated(string text, int maxLength)
    {
        var escaped = Escape(text);
        if (escaped.Length <= maxLength)
            return escaped;

        var builder = new StringBuilder(maxLength);
        for (var i = 0; i < text.Length; i++)
        {
            var piece = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ when char.IsHighSurrogate(text[i]) && i + 1 < text.Length => text.Substring(i, 2),
                _ => text[i].ToString(),
            };
            if (builder.Length + piece.Length > maxLength - 1)
                break;
            builder.Append(piece);
            i += piece.Length == 2 && char.IsHighSurrogate(piece[0]) ? 1 : 0;
        }

        return builder.Append('…').ToString();
    }

    /// <summary>Turns a message's Slack markup into the plain question: the bot's own mention removed, links and
    /// channel names as their labels, other mentions and broadcasts dropped, entities decoded.</summary>
    public static string ToPlain(string? text, string? botUserId)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;

        var plain = text;
        if (botUserId is null)
            plain = LeadingUserMention().Replace(plain, string.Empty, 1);

        plain = Markup().Replace(plain, match =>
        {
            var target = match.Groups["target"].Value;
            var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
            return target[0] switch
            {
                '@' when botUserId is not null && target.AsSpan(1).SequenceEqual(botUserId) => " ",
                '@' => label is null ? " " : "@" + label,
                '#' => "#" + (label ?? target[1..]),
                '!' => " ",
                _ => label ?? target,
            };
        });

        plain = plain.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
        return Whitespace().Replace(plain, " ").Trim();
    }

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex LeadingUserMention();

    [GeneratedRegex(@"<(?<target>[^|>]+)(\|(?<label>[^>]*))?>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
