namespace Bot.Core.Extraction.Attribution;

/// <summary>The dateline that opens a news story's first sentence: "WASHINGTON --", "LOS ANGELES, Sept. 28 (UPI) —".
/// What follows it reads as the start of the sentence.</summary>
internal static class Dateline
{
    private const int MaxLength = 60;

    /// <summary>The position after the dateline's dash and the spaces after it, or 0 when the text has none.</summary>
    public static int End(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = AttributionFinder.Skip(text, 0, text.Length);
        if (start + 1 >= text.Length || !char.IsUpper(text[start]) || !char.IsUpper(text[start + 1]))
        {
            return 0;
        }

        var limit = Math.Min(text.Length, start + MaxLength);
        for (var j = start; j < limit; j++)
        {
            var c = text[j];
            if (c is '—' or '―' or '–' || (c == '-' && j + 1 < text.Length && text[j + 1] == '-'))
            {
                var after = c == '-' ? j + 2 : j + 1;
                return j > start && text[j - 1] == ' ' ? AttributionFinder.Skip(text, after, text.Length) : 0;
            }

            // "WASHINGTON (AP) --" and "Sept. 28" may stand before the dash; a lower-case word may not.
            if (char.IsLower(c) && (j == start || text[j - 1] == ' '))
            {
                return 0;
            }
        }

        return 0;
    }
}
