namespace Bot.Core.Articles;

/// <summary>Finds where rendered HTML text sits in the page source.</summary>
/// <remarks>Rendered text matches the source verbatim unless the element has inline tags, entities or line breaks
/// inside the sentence; then the offset is that of the sentence's first words, or of the element itself.</remarks>
internal static class SourceLocator
{
    public static int Find(string source, string text, int from, int limit)
    {
        var count = Math.Max(0, Math.Min(limit, source.Length) - from);
        var exact = source.IndexOf(text, from, count, StringComparison.Ordinal);
        if (exact >= 0)
        {
            return exact;
        }

        foreach (var words in (ReadOnlySpan<int>)[4, 2, 1])
        {
            var prefix = Prefix(text, words);
            if (prefix.Length == 0)
            {
                continue;
            }

            var found = source.IndexOf(prefix, from, count, StringComparison.Ordinal);
            if (found >= 0)
            {
                return found;
            }
        }

        return from;
    }

    private static string Prefix(string text, int words)
    {
        var end = 0;
        for (var w = 0; w < words; w++)
        {
            var space = text.IndexOf(' ', end + 1);
            if (space < 0)
            {
                return w == 0 ? text : text[..end];
            }

            end = space;
        }

        return text[..end];
    }
}
