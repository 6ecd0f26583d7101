using System.Globalization;

namespace Bot.Core.Extraction.Time;

/// <summary>English words for months, weekdays, numbers and units, as regex fragments and lookups.</summary>
internal static class TimexLexicon
{
    public const string Month =
        "(?:january|february|march|april|may|june|july|august|september|october|november|december"
        + "|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.?|oct\\.?|nov\\.?|dec\\.?)(?![a-z])";

    public const string Weekday = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    public const string Number =
        "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?"
        + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
        + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        + "|seventeen|eighteen|nineteen|a\\s+hundred|hundreds\\s+of|thousands\\s+of|a\\s+dozen|dozens\\s+of"
        + "|a\\s+couple\\s+of|a\\s+few|few|several|many|a|an)";

    public const string Unit = "(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)";

    public const string TimeOfDay = "(?:morning|afternoon|evening|night)";

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["a hundred"] = 100,
        ["a dozen"] = 12,
        ["a couple of"] = 2,
    };

    /// <summary>1..12 for a month name or abbreviation, else 0.</summary>
    public static int MonthNumber(string word)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        return word[..3].ToUpperInvariant() switch
        {
            "JAN" => 1,
            "FEB" => 2,
            "MAR" => 3,
            "APR" => 4,
            "MAY" => 5,
            "JUN" => 6,
            "JUL" => 7,
            "AUG" => 8,
            "SEP" => 9,
            "OCT" => 10,
            "NOV" => 11,
            "DEC" => 12,
            _ => 0,
        };
    }

    public static DayOfWeek WeekdayOf(string word) => word[..3].ToUpperInvariant() switch
    {
        "MON" => DayOfWeek.Monday,
        "TUE" => DayOfWeek.Tuesday,
        "WED" => DayOfWeek.Wednesday,
        "THU" => DayOfWeek.Thursday,
        "FRI" => DayOfWeek.Friday,
        "SAT" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    public static bool IsWeekday(string word) =>
        word.Length >= 6 && word.EndsWith("day", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("to", StringComparison.OrdinalIgnoreCase)
        && !word.StartsWith("yes", StringComparison.OrdinalIgnoreCase);

    /// <summary>ISO weekday number, Monday 1 to Sunday 7.</summary>
    public static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    /// <summary>The number a count stands for, or null when vague ("several", "a few").</summary>
    public static double? ParseNumber(string raw)
    {
        var text = string.Join(' ', raw.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (char.IsAsciiDigit(text[0]))
        {
            return double.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        if (Numbers.TryGetValue(text, out var value))
        {
            return value;
        }

        var dash = text.IndexOfAny(['-', ' ']);
        return dash > 0 && Numbers.TryGetValue(text[..dash], out var tens) && Numbers.TryGetValue(text[(dash + 1)..], out var ones)
            ? tens + ones
            : null;
    }

    /// <summary>The TIMEX3 letter of a unit, whether it sits after "T", and how many of the letter one unit makes.</summary>
    public static (string Code, bool Clock, int Multiple) UnitOf(string word)
    {
        var unit = word.ToUpperInvariant();
        return unit[..3] switch
        {
            "SEC" => ("S", true, 1),
            "MIN" => ("M", true, 1),
            "HOU" => ("H", true, 1),
            "DAY" => ("D", false, 1),
            "WEE" => ("W", false, 1),
            "FOR" => ("W", false, 2),
            "MON" => ("M", false, 1),
            "DEC" => ("Y", false, 10),
            "CEN" => ("Y", false, 100),
            _ => ("Y", false, 1),
        };
    }

    /// <summary>A duration value such as "P3Y", "PT2H", "P10Y"; vague counts give "PXY", "PXDE".</summary>
    public static string Duration(double? count, string unitWord)
    {
        var (code, clock, multiple) = UnitOf(unitWord);
        var prefix = clock ? "PT" : "P";
        if (count is not { } n)
        {
            return multiple switch
            {
                10 => "PXDE",
                100 => "PXCE",
                2 => "PXW",
                _ => prefix + "X" + code,
            };
        }

        return prefix + (n * multiple).ToString("0.##", CultureInfo.InvariantCulture) + code;
    }

    public static string TimeOfDayCode(string word) => word.ToUpperInvariant()[..2] switch
    {
        "MO" => "MO",
        "AF" => "AF",
        "EV" => "EV",
        _ => "NI",
    };

    /// <summary>0 spring, 1 summer, 2 autumn, 3 winter.</summary>
    public static int SeasonOrder(string word) => word.ToUpperInvariant()[..2] switch
    {
        "SP" => 0,
        "SU" => 1,
        "WI" => 3,
        _ => 2,
    };
}
