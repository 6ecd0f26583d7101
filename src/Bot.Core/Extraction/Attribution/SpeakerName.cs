using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Bot.Core.Extraction.Attribution;

/// <summary>Turns a speaker phrase as written into a name: quote marks and reduced relatives dropped
/// ("an "internal report" seen by journalists" gives "an internal report"), a leading determiner
/// lower-cased, and a title or descriptor split off a proper name ("US news website BuzzFeed").</summary>
internal static partial class SpeakerName
{
    // Descriptors that split a speaker phrase beyond the entity rules' titles (EntityLexicon.TitleWords).
    private static readonly FrozenSet<string> Titles = new[]
    {
        "candidate", "nominee", "adviser", "advisor", "founder", "prof.", "dr.", "councilor", "assemblyman", "assemblywoman",
        "alderman", "rev.", "pastor", "dean", "magistrate", "economist", "analyst", "lawyer", "engineer", "manager", "head",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "another", "several", "some", "many", "most", "two", "three", "four", "both", "all", "other",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The phrase cleaned of quote marks, reduced relatives and trailing punctuation.</summary>
    public static string Clean(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var text = phrase.Replace("\"", string.Empty, StringComparison.Ordinal)
            .Replace("“", string.Empty, StringComparison.Ordinal)
            .Replace("”", string.Empty, StringComparison.Ordinal);
        var relative = ReducedRelative().Match(text);
        if (relative.Success && relative.Index > 0)
        {
            text = text[..relative.Index];
        }

        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(',', ';', ':', ' ', '.');
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && Determiners.Contains(text[..space]))
        {
            text = text[..space].ToLowerInvariant() + text[space..];
        }

        return text;
    }

    /// <summary>Splits "US news website BuzzFeed" into ("US news website", "BuzzFeed") and
    /// "British Foreign Secretary Truss" into ("British Foreign Secretary", "Truss"); null when the
    /// phrase is a name alone or has no name in it.</summary>
    public static (string Descriptor, string Name)? Split(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !IsCapitalised(words[^1]))
        {
            return null;
        }

        var nameStart = words.Length - 1;
        while (nameStart > 0 && IsCapitalised(words[nameStart - 1]) && !IsTitle(words[nameStart - 1]))
        {
            nameStart--;
        }

        if (nameStart == 0)
        {
            return null;
        }

        var descriptor = string.Join(' ', words[..nameStart]);
        var lastDescriptor = words[nameStart - 1];
        if (!IsTitle(lastDescriptor) && IsCapitalised(lastDescriptor))
        {
            return null;
        }

        // "of" inside a name ("Bank of America") or a possessive before it ("TikTok's head") is not a descriptor.
        return lastDescriptor is "of" or "and" or "for" || lastDescriptor.EndsWith("'s", StringComparison.Ordinal) || lastDescriptor.EndsWith("’s", StringComparison.Ordinal)
            ? null
            : (descriptor, string.Join(' ', words[nameStart..]));
    }

    public static bool IsPronoun(string phrase) =>
        phrase.ToLowerInvariant() is "he" or "she" or "they" or "we" or "i" or "it" or "who" or "which" or "you";

    /// <summary>True for a phrase without a proper name: "a TikTok spokesperson", "the recordings".</summary>
    public static bool IsGeneric(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 || !IsCapitalised(words[^1]);
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    // The entity rules' titles first, so "Councilman Dev Ramirez" resolves to the entity "Dev Ramirez" they found.
    private static bool IsTitle(string word) => Titles.Contains(word) || Entities.EntityLexicon.TitleWords.Contains(word.TrimEnd('.'));

    [GeneratedRegex(@"\s+(?:seen|obtained|reviewed|released|published|cited|quoted|issued|commissioned|conducted|sent|written|prepared|compiled|carried out)\s+by\b|\s+(?:who|which|that)\s")]
    private static partial Regex ReducedRelative();
}
