using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Language;

namespace Bot.Core.Text;

/// <summary>Splits a block of text into sentences, returning spans relative to the block.</summary>
/// <remarks>
/// A sentence ends at '.', '!', '?' or an ellipsis (plus any closing quotes and brackets) that is followed by
/// whitespace and then something that can start a sentence: a capital, a digit or an opening quote or bracket.
/// A period after an abbreviation, an initial or a multi-letter initialism ("U.S.") does not end a sentence,
/// unless what follows is a word that usually opens one ("The", "He", "But"...).
/// </remarks>
public static partial class SentenceSplitter
{
    // Titles and words that are practically always followed by more of the same sentence.
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gov", "Sen", "Rep", "Reps", "Sens", "Gen", "Lt", "Col", "Maj", "Capt",
        "Cmdr", "Sgt", "Cpl", "Adm", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Atty", "St", "Mt", "Ft", "Ave", "Blvd",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Vol", "Fig", "pp", "vs", "v", "cf", "approx", "ca", "e.g", "i.e", "eg", "ie", "viz", "al",
    ], StringComparer.Ordinal);

    // Abbreviations that often close a sentence too ("... bought by Apple Inc. The deal ...").
    private static readonly FrozenSet<string> MaybeFinal = FrozenSet.ToFrozenSet(
    [
        "Inc", "Corp", "Ltd", "Co", "Cos", "Jr", "Sr", "Bros", "Plc", "plc", "LLC", "LLP", "etc", "Esq", "Ph.D", "a.m", "p.m",
    ], StringComparer.Ordinal);

    // Words that typically open a sentence; after an ambiguous period they tip the balance to a split.
    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Our", "My", "There", "Here", "But", "And", "Or", "So", "Yet", "However", "In", "On", "At", "For", "If",
        "When", "While", "After", "Before", "As", "Since", "Although", "Though", "Meanwhile", "Still", "Also", "Some",
        "Many", "Most", "Now", "Then", "What", "Why", "How", "Who", "Which", "Where", "Last", "Earlier", "Later", "No",
        "Not", "Other", "Another", "One", "Both", "Each", "All", "Such", "According", "Under", "With", "By", "From",
        "Mr", "Mrs", "Ms", "Dr",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ReportingVerbs =
        VerbLexicon.Default.Set(VerbProperty.DialogueTag, VerbInflection.Third | VerbInflection.Past, StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbsLookup = ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalLookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MaybeFinalLookup = MaybeFinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenersLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int, int)>();
        var start = SkipSpace(text, 0);
        foreach (var match in Terminator().EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            if (match.Index < start || !EndsSentence(text, match.Index, end))
            {
                continue;
            }

            spans.Add((start, end - start));
            start = SkipSpace(text, end);
        }

        var last = text.AsSpan().TrimEnd().Length;
        if (start < last)
        {
            spans.Add((start, last - start));
        }

        return spans;
    }

    private static bool EndsSentence(string text, int punctuation, int end)
    {
        var next = SkipSpace(text, end);
        if (next == end)
        {
            // Only whitespace or the end of the text closes a sentence ("3.5", "Yahoo!Inc" do not).
            return end == text.Length;
        }

        if (next >= text.Length || !CanOpenSentence(text, next))
        {
            return false;
        }

        if (text[punctuation] is '?' or '!' && text[end - 1] is '"' or '”' or '\'' or '’')
        {
            // "Why?" Smith asked. The attribution after a quoted question belongs to the same sentence.
            return !IsAttribution(text, next);
        }

        var isPeriodOnly = text[punctuation] == '.' && (end - punctuation == 1 || !IsEllipsisOrMark(text, punctuation, end));
        return !isPeriodOnly || PeriodEndsSentence(text, punctuation, next);
    }

    // A name of up to three words followed by a reporting verb: "Smith asked", "Sen. Jane Doe demanded".
    private static bool IsAttribution(string text, int index)
    {
        for (var words = 0; words < 4; words++)
        {
            var (start, end) = NextWordRange(text, index);
            var word = text.AsSpan(start, end - start);
            if (words > 0 && ReportingVerbsLookup.Contains(word))
            {
                return true;
            }

            if (word.IsEmpty || !char.IsUpper(word[0]))
            {
                return false;
            }

            index = end;
        }

        return false;
    }

    // "..." or ".?" style runs are not abbreviation periods.
    private static bool IsEllipsisOrMark(string text, int from, int end) =>
        from + 1 < end && text[from + 1] is '.' or '!' or '?' or '…';

    private static bool PeriodEndsSentence(string text, int period, int next)
    {
        var wordStart = period;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“' or '\'' or '‘' or '[' or '—'))
        {
            wordStart--;
        }

        // Quotes and brackets are not part of the word, whichever way the typist turned them.
        var word = text.AsSpan(wordStart, period - wordStart).TrimStart("\"'“‘”’([");
        if (word.IsEmpty)
        {
            return true;
        }

        if (NeverFinalLookup.Contains(word))
        {
            // "No." is only an abbreviation before a number.
            return word is "No" or "Nos" && !char.IsDigit(text[next]);
        }

        var opener = NextWord(text, next);
        if (MaybeFinalLookup.Contains(word) || IsInitialism(word))
        {
            return OpenersLookup.Contains(opener);
        }

        return true;
    }

    // "F", "J.K", "U.S", "a.m": single letters or letter-dot chains before the final period.
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    private static ReadOnlySpan<char> NextWord(string text, int index)
    {
        var (start, end) = NextWordRange(text, index);
        return text.AsSpan(start, end - start);
    }

    private static (int Start, int End) NextWordRange(string text, int index)
    {
        var start = index;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    private static bool CanOpenSentence(string text, int index)
    {
        var c = text[index];
        if (char.IsUpper(c) || char.IsDigit(c))
        {
            return true;
        }

        if (c is '"' or '“' or '‘' or '\'' or '(' or '[' or '¿' or '¡' or '$' or '£' or '€')
        {
            return index + 1 < text.Length && (char.IsUpper(text[index + 1]) || char.IsDigit(text[index + 1]) || text[index + 1] is '"' or '\'' or '‘');
        }

        return false;
    }

    private static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    // Sentence-final marks, then any closing quotes or brackets.
    [GeneratedRegex("""(?:\.{3}|…|[.!?])[.!?…]*["'”’)\]]*""")]
    private static partial Regex Terminator();
}
