using System.Globalization;

namespace Bot.Core.Extraction.Time;

/// <summary>Formats TIMEX3 values and places month names, weekdays and seasons on the calendar around an anchor.</summary>
internal static class TimexCalendar
{
    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Decade(int year) => (year / 10).ToString(CultureInfo.InvariantCulture);

    public static string Century(int year) => (year / 100).ToString("D2", CultureInfo.InvariantCulture);

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    public static int QuarterOf(DateOnly date) => ((date.Month - 1) / 3) + 1;

    public static string Week(DateOnly date)
    {
        var time = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(time):D4}-W{ISOWeek.GetWeekOfYear(time):D2}");
    }

    /// <summary>Seasons counted from year 0: index = season-year * 4 + order; winter belongs to the year of its December.</summary>
    public static int SeasonIndex(DateOnly date) => date.Month switch
    {
        <= 2 => ((date.Year - 1) * 4) + 3,
        <= 5 => date.Year * 4,
        <= 8 => (date.Year * 4) + 1,
        <= 11 => (date.Year * 4) + 2,
        _ => (date.Year * 4) + 3,
    };

    public static string Season(int index) => string.Create(CultureInfo.InvariantCulture, $"{index / 4:D4}-{SeasonCodes[index % 4]}");

    /// <summary>The season of the given order nearest the anchor in the direction the words point to.</summary>
    public static int ResolveSeason(int order, DateOnly anchor, Tense tense, string? relative)
    {
        var now = SeasonIndex(anchor);
        var same = (now - (now % 4)) + order;
        int[] options = [same - 4, same, same + 4];
        return relative switch
        {
            "last" or "past" => options.Where(i => i < now).Max(),
            "next" or "coming" => options.Where(i => i > now).Min(),
            "this" => options.OrderBy(i => Math.Abs(i - now)).ThenByDescending(i => i).First(),
            _ => Pick(options, now, tense),
        };
    }

    /// <summary>The year of a month named without one.</summary>
    public static int ResolveMonthYear(int month, DateOnly anchor, Tense tense, string? relative)
    {
        var year = anchor.Year;
        var monthIndex = (year * 12) + month - 1;
        var now = (year * 12) + anchor.Month - 1;
        int[] options = [monthIndex - 12, monthIndex, monthIndex + 12];
        var chosen = relative switch
        {
            "last" or "past" => options.Where(i => i < now).Max(),
            "next" or "coming" => options.Where(i => i > now).Min(),
            "this" => monthIndex,
            _ => Pick(options, now, tense),
        };
        return chosen / 12;
    }

    /// <summary>The date of a month and day named without a year; the weekday, when given, must agree.</summary>
    public static DateOnly? ResolveMonthDay(int month, int day, DateOnly anchor, Tense tense, DayOfWeek? weekday)
    {
        var options = new List<DateOnly>(3);
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (day <= DateTime.DaysInMonth(year, month))
            {
                options.Add(new DateOnly(year, month, day));
            }
        }

        if (weekday is { } wd && options.Any(d => d.DayOfWeek == wd))
        {
            options.RemoveAll(d => d.DayOfWeek != wd);
        }

        if (options.Count == 0)
        {
            return null;
        }

        var now = anchor.DayNumber;
        var chosen = Pick([.. options.Select(d => d.DayNumber)], now, tense);
        return DateOnly.FromDayNumber(chosen);
    }

    /// <summary>The date of a weekday named without a date.</summary>
    public static DateOnly ResolveWeekday(DayOfWeek weekday, DateOnly anchor, Tense tense, string? relative)
    {
        var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
        var previous = anchor.AddDays(-back);
        var following = anchor.AddDays((7 - back) % 7);
        return relative switch
        {
            "last" or "past" => back == 0 ? anchor.AddDays(-7) : previous,
            "next" or "coming" => back == 0 ? anchor.AddDays(7) : following,
            "this" => anchor.AddDays(LexiconIso(weekday) - LexiconIso(anchor.DayOfWeek)),
            _ when back == 0 => anchor,
            _ => tense switch
            {
                Tense.Past => previous,
                Tense.Future => following,
                _ => back <= 3 ? previous : following,
            },
        };
    }

    /// <summary>Past points to the latest option not after now, future to the earliest not before now,
    /// anything else to the nearest (the earlier one on a tie, news being mostly about the past).</summary>
    private static int Pick(int[] options, int now, Tense tense)
    {
        if (tense == Tense.Past && options.Any(i => i <= now))
        {
            return options.Where(i => i <= now).Max();
        }

        if (tense == Tense.Future && options.Any(i => i >= now))
        {
            return options.Where(i => i >= now).Min();
        }

        return options.OrderBy(i => Math.Abs(i - now)).ThenBy(i => i).First();
    }

    private static int LexiconIso(DayOfWeek day) => TimexLexicon.IsoDay(day);
}
