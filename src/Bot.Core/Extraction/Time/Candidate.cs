using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>A time expression one rule proposes, before overlapping proposals are settled.</summary>
internal sealed record Candidate(int Start, int Length, TimexType Type, string Value, DateStatus Status)
{
    public int End => Start + Length;

    public DayOfWeek? Weekday { get; init; }

    /// <summary>Month and day when the rule read them, so a range can lend its year to an open start.</summary>
    public int Month { get; init; }

    public int Day { get; init; }

    public bool YearGuessed { get; init; }
}
