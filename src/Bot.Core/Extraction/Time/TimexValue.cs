using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>Reads TIMEX3 values back: their precision, their calendar part and the period they name.</summary>
public static class TimexValue
{
    /// <summary>The precision of a value: "2022-07-29" Day, "2022-W30" Week, "2022-07" Month, "2022-SU" Season,
    /// "2022-Q1" Quarter, "2022" Year, "202" Decade; Unknown for durations, references and partly unknown values.</summary>
    public static DatePrecision PrecisionOf(string value) => TimexDate.PrecisionOf(value);

    /// <summary>The calendar part of a value ("2013-03-22" of "2013-03-22T15:00"), or null for
    /// durations, sets, references and values with unknown digits.</summary>
    public static string? CalendarPart(string value) => TimexDate.CalendarPart(value);

    /// <summary>The first day of the period a value names, for ordering; null when it names none.</summary>
    public static DateOnly? PeriodStart(string value) => ArticleDate.Parse(value)?.Start;

    /// <summary>The last day of the period a value names ("2022-06" ends on 2022-06-30), for date-range lookups.</summary>
    public static DateOnly? PeriodEnd(string value) => ArticleDate.Parse(value)?.End;
}
