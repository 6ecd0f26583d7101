using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>A time expression found in a text, normalised the TimeML (TIMEX3) way.</summary>
/// <param name="Start">Offset of the expression in the tagged text.</param>
/// <param name="Length">Length of the expression in the tagged text.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">TIMEX3 value: "2013-03-22", "2013-W11", "2013-SU", "201", "P3Y", "PT2H", "PAST_REF", "XXXX-07-29".</param>
/// <param name="Status">Stated when written out in full, Inferred when resolved against the anchor date or the
/// sentence's tense, Unresolved when vague or when no anchor was given.</param>
public sealed record TimeExpression(int Start, int Length, string Text, TimexType Type, string Value, DateStatus Status)
{
    public int End => Start + Length;

    /// <summary>The weekday the text names along with the date ("Friday (July 29)"), if any.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>The far end when this expression opens a range ("September 2021 to January 2022").
    /// The end is also listed on its own, as TIMEX3 tags each end separately.</summary>
    public TimeExpression? RangeEnd { get; init; }

    /// <summary>The calendar precision of <see cref="Value"/>.</summary>
    public DatePrecision Precision => TimexValue.PrecisionOf(Value);
}
