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

    public string Text { get; } = text;

    // Dates a year either side of the anchor must stay on the calendar.
    public DateOnly? Anchor { get; } = anchor is { Year: >= 2 and <= 9997 } ? anchor : null;

    public List<Candidate> Candidates { get; } = [];

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
}
