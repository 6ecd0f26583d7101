using System.Text;

namespace Bot.Discord.Rendering;

/// <summary>Makes article and user text render literally: no markdown, no mention syntax, no @everyone.</summary>
internal static class DiscordMarkdown
{
    // Discord unescapes a backslash before any ASCII punctuation, so escaping these is safe everywhere.
    private const string Special = "\\*_~`|>#[]<";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal) || (lineStart && (c == '-' || c == '+')))
                builder.Append('\\');
            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        // allowed_mentions already stops the ping; the zero-width space also stops the highlight.
        return builder.Replace("@everyone", "@\u200beveryone").Replace("@here", "@\u200bhere").ToString();
    }

    /// <summary>Cuts to at most <paramref name="max"/> characters, ending with an ellipsis and never inside an escape or a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
            return text;
        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        var end = cut;
        var backslashes = 0;
        while (end - backslashes - 1 >= 0 && text[end - backslashes - 1] == '\\')
            backslashes++;
        if (backslashes % 2 == 1)
            cut--;
        return string.Concat(text.AsSpan(0, Math.Max(0, cut)).TrimEnd(), "…");
    }
}
