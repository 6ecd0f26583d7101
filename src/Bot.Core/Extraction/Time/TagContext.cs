using System.Buffers;
using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>The text being tagged, its anchor date and the candidates the rules propose.</summary>
internal sealed class TagContext(string text, DateOnly? anchor)
{
    private static readonly HashSet<string> MonthLeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "through", "from", "to", "of", "during", "before", "after", "between",
        "last", "next", "this", "early", "late", "mid", "end", "beginning", "start", "middle", "and", "or", "on",
        "every", "each", "that", "same", "following", "previous", "throughout", "around", "into", "as",
    };

    private static readonly SearchValues<char> MonthInitials = SearchValues.Create("JFMASOND");

    private static readonly SearchValues<string> MonthStems = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    // The regexes ignore case the Unicode way, where the long s and the Kelvin sign stand for s and k;
    // the word cues below compare ordinally, so a text with either runs every rule.
    private readonly bool foldsOddly = text.AsSpan().IndexOfAny('\u017F', '\u212A') >= 0;

    public string Text { get; } = text;

    /// <summary>Any decimal digit, as the regexes' \d understands it.</summary>
    public bool HasDigit { get; } = ContainsDigit(text);

    /// <summary>A capitalised word starting like a month name: month dates are only taken capitalised.</summary>
    public bool HasCapitalisedMonth { get; } = ContainsCapitalisedMonth(text);

    // Dates a year either side of the anchor must stay on the calendar.
    public DateOnly? Anchor { get; } = anchor is { Year: >= 2 and <= 9997 } ? anchor : null;

    public List<Candidate> Candidates { get; } = [];

    /// <summary>The rule's first match, or none without running it when a cheap look at the text
    /// (<paramref name="possible"/>) already shows it cannot match: most sentences hold no time at all.</summary>
    public Match FirstMatch(Regex rule, bool possible) => possible ? rule.Match(Text) : Match.Empty;

    /// <summary>False only when the text has none of the words (ignoring case), so a rule needing one cannot match.</summary>
    public bool Mentions(SearchValues<string> words) => foldsOddly || Text.AsSpan().ContainsAny(words);

    public Tense TenseAt(int start, int end) => TenseGuesser.Guess(Text, start, end);

    public void Add(int start, int end, TimexType type, string value, DateStatus status) =>
        Candidates.Add(new Candidate(start, end - start, type, value, status));

    /// <summary>Month and weekday names are capitalised in English; lower case is a verb or a noun ("may", "march").</summary>
    public bool IsCapitalised(int index) => char.IsUpper(Text[index]);

    /// <summary>The word just before an offset, skipping spaces and hyphens, or empty.</summary>
    public string WordBefore(int index)
    {
        var i = index - 1;
        while (i >= 0 && (Text[i] == ' ' || Text[i] == '-' || Text[i] == '\n' || Text[i] == '\t'))
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(Text[i]))
        {
            i--;
        }

        return Text[(i + 1)..end];
    }

    /// <summary>The word just after an offset, skipping spaces, or empty.</summary>
    public string WordAfter(int index)
    {
        var i = index;
        while (i < Text.Length && (Text[i] == ' ' || Text[i] == '\n' || Text[i] == '\t'))
        {
            i++;
        }

        var start = i;
        while (i < Text.Length && (char.IsLetter(Text[i]) || Text[i] == '%'))
        {
            i++;
        }

        return Text[start..i];
    }

    public char CharBefore(int index) => index > 0 ? Text[index - 1] : ' ';

    public char CharAt(int index) => index < Text.Length ? Text[index] : ' ';

    /// <summary>A month named alone is a date only after a word that introduces one ("in May", "last June").</summary>
    public bool IntroducesMonth(int index) => MonthLeaders.Contains(WordBefore(index));

    private static bool ContainsDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsCapitalisedMonth(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(MonthInitials); i >= 0 && i + 3 <= span.Length; i = span.IndexOfAny(MonthInitials))
        {
            if (span.Slice(i, 3).IndexOfAny(MonthStems) == 0)
            {
                return true;
            }

            span = span[(i + 1)..];
        }

        return false;
    }
}
