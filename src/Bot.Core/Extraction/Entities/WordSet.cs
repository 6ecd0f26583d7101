namespace Bot.Core.Extraction.Entities;

/// <summary>Builds the lexicons: words separated by '|' or whitespace, matched without regard to case.</summary>
internal static class WordSet
{
    public static HashSet<string> Of(string words) =>
        new(words.Split(['|', ' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Multi-word entries (such as "United States"): separated by '|' only.</summary>
    public static HashSet<string> OfPhrases(string phrases) =>
        new(phrases.Split(['|', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
}
