using System.Globalization;

namespace Bot.Core.Facts;

/// <summary>A calendar period as an article gives it: a day, an ISO week, a month, a season, a quarter or half,
/// a year, a decade or a century. Parsed once from its TIMEX3 value and written back to the same value, so
/// facts carry dates rather than strings that every reader parses again.</summary>
/// <param name="Start">The first day of the period.</param>
/// <param name="End">The last day of the period.</param>
public readonly record struct ArticleDate(DateOnly Start, DatePrecision Precision, DateOnly End) : IComparable<ArticleDate>
{
    /// <summary>A single day.</summary>
    public static ArticleDate Day(DateOnly day) => new(day, DatePrecision.Day, day);

    /// <summary>The period a TIMEX3 value names ("2022-07-29", "2025-W09", "2022-06", "2022-SU", "2022-Q1", "2022-H2",
    /// "2022", "199", "19"; a time of day is dropped), or null for durations, references and unknown digits.</summary>
    public static ArticleDate? Parse(string? timex) => timex is null ? null : TimexDate.Parse(timex);

    /// <summary>Ordered by start; of two periods starting the same day the longer comes first (a year before its January).</summary>
    public int CompareTo(ArticleDate other) =>
        Start != other.Start ? Start.CompareTo(other.Start) : other.End.CompareTo(End);

    public static bool operator <(ArticleDate left, ArticleDate right) => left.CompareTo(right) < 0;

    public static bool operator >(ArticleDate left, ArticleDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(ArticleDate left, ArticleDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ArticleDate left, ArticleDate right) => left.CompareTo(right) >= 0;

    /// <summary>True when the period shares at least one day with [from, to].</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && End >= from;

    /// <summary>The TIMEX3 value ("2025-W09"), as the JSON facts give it.</summary>
    public override string ToString() => TimexDate.Format(this);

    /// <summary>The date for a reader: a week as "the week of 24 February 2025", anything else as its ISO value,
    /// which already reads plainly ("2022-06", "2022").</summary>
    public string ToWords() => Precision == DatePrecision.Week
        ? string.Create(CultureInfo.InvariantCulture, $"the week of {Start:d MMMM yyyy}")
        : ToString();
}
