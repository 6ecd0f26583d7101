using System.Globalization;

namespace Bot.Core.Facts;

/// <summary>Reads and writes the calendar values of TIMEX3 ("2022-07-29", "2022-W30", "2022-SU", "199") as
/// <see cref="ArticleDate"/>s.</summary>
internal static class TimexDate
{
    /// <summary>The calendar part of a value ("2013-03-22" of "2013-03-22T15:00"), or null for
    /// durations, sets, references and values with unknown digits.</summary>
    public static string? CalendarPart(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < 2 || value.Contains('X', StringComparison.Ordinal) || !char.IsAsciiDigit(value[0])
            || !char.IsAsciiDigit(value[1]))
        {
            return null;
        }

        var t = value.IndexOf('T', StringComparison.Ordinal);
        return t > 0 ? value[..t] : value;
    }

    public static DatePrecision PrecisionOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var date = CalendarPart(value);
        if (date is null)
        {
            return DatePrecision.Unknown;
        }

        return date.Length switch
        {
            < 7 and not (3 or 4) => DatePrecision.Unknown,
            3 => DatePrecision.Decade,
            4 => DatePrecision.Year,
            7 when date[5] == 'Q' || date[5] == 'H' => DatePrecision.Quarter,
            7 when char.IsLetter(date[5]) => DatePrecision.Season,
            7 => DatePrecision.Month,
            _ when date[5] == 'W' => DatePrecision.Week,
            10 => DatePrecision.Day,
            _ => DatePrecision.Unknown,
        };
    }

    public static ArticleDate? Parse(string value)
    {
        if (StartOf(value) is not { } start)
        {
            return null;
        }

        var date = CalendarPart(value)!;
        var precision = PrecisionOf(value);
        var next = precision switch
        {
            DatePrecision.Day => start.AddDays(1),
            DatePrecision.Week => start.AddDays(7),
            DatePrecision.Month => start.AddMonths(1),
            DatePrecision.Season or DatePrecision.Quarter => start.AddMonths(date[5] == 'H' ? 6 : 3),
            DatePrecision.Year => start.AddYears(1),
            DatePrecision.Decade => start.AddYears(10 - (start.Year % 10)),
            _ when date.Length == 2 => start.AddYears(100),
            _ => start.AddDays(1),
        };
        return new ArticleDate(start, precision, next.AddDays(-1));
    }

    public static string Format(ArticleDate date)
    {
        var start = date.Start;
        return date.Precision switch
        {
            DatePrecision.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DatePrecision.Week => Invariant($"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):D2}"),
            DatePrecision.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DatePrecision.Season => Invariant($"{start.Year:D4}-{start.Month switch { 3 => "SP", 6 => "SU", 9 => "FA", _ => "WI" }}"),
            DatePrecision.Quarter when date.End.Month - start.Month == 5 => Invariant($"{start.Year:D4}-H{(start.Month / 6) + 1}"),
            DatePrecision.Quarter => Invariant($"{start.Year:D4}-Q{((start.Month - 1) / 3) + 1}"),
            DatePrecision.Year => Invariant($"{start.Year:D4}"),
            DatePrecision.Decade => Invariant($"{start.Year / 10:D3}"),
            _ when date.End.Year - start.Year == 99 => Invariant($"{(start.Year - 1) / 100:D2}"),
            _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static DateOnly? StartOf(string value)
    {
        var date = CalendarPart(value);
        if (date is null || date.Length == 2)
        {
            return date is null ? null : new DateOnly((Number(date) * 100) + 1, 1, 1);
        }

        if (date.Length == 3)
        {
            return new DateOnly(Math.Max(1, Number(date) * 10), 1, 1);
        }

        var year = Number(date[..4]);
        if (year < 1 || date.Length == 4)
        {
            return year < 1 ? null : new DateOnly(year, 1, 1);
        }

        var rest = date[5..];
        if (rest.Length < 2)
        {
            return null;
        }

        return rest[0] switch
        {
            _ when rest == "WI" => new DateOnly(year, 12, 1),
            'W' when rest.Length >= 3 && year < 9999 => DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Clamp(Number(rest[1..3]), 1, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday)),
            'Q' => new DateOnly(year, (Math.Clamp(rest[1] - '1', 0, 3) * 3) + 1, 1),
            'H' => new DateOnly(year, rest[1] == '1' ? 1 : 7, 1),
            'S' => new DateOnly(year, rest[1] == 'P' ? 3 : 6, 1),
            'F' => new DateOnly(year, 9, 1),
            _ when rest.Length == 2 => new DateOnly(year, Math.Clamp(Number(rest), 1, 12), 1),
            _ => DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static int Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
