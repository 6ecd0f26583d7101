namespace Bot.Core.Extraction.Time;

/// <summary>The TimeML (TIMEX3) type of a time expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: "July 29, 2022", "last month", "the 1990s".</summary>
    Date,

    /// <summary>A time of day, possibly with its date: "3 p.m.", "Tuesday night".</summary>
    Time,

    /// <summary>A length of time: "three years", "a decade".</summary>
    Duration,

    /// <summary>A recurring time: "every morning", "annually".</summary>
    Set,
}
