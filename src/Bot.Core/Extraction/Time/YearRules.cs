using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>Years, decades and centuries: "in 2021", "2009-2010", "1957-58", "fiscal 2013", "the 1990s",
/// "the '90s", "the 20th century". Numbers that only look like years ("$2022", "2022 people") are left alone.</summary>
internal static partial class YearRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly SearchValues<string> CenturyWord = SearchValues.Create(["century"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Approximations = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "nearly", "over", "some", "than", "approximately", "almost", "roughly", "least", "only",
        "just", "under", "top", "No", "number", "Article", "Section", "Room", "Flight", "Route", "Model", "page",
        "Chapter", "Windows", "Office", "exactly", "total", "additional", "another", "extra", "Rule", "Resolution",
    };

    private static readonly HashSet<string> Counted = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "men", "women", "children", "kids", "troops", "soldiers", "students", "workers", "jobs",
        "employees", "staff", "votes", "units", "copies", "cars", "vehicles", "homes", "houses", "acres", "miles",
        "feet", "foot", "meters", "metres", "km", "kilometers", "kilometres", "tons", "tonnes", "pounds", "dollars",
        "euros", "yuan", "yen", "points", "calories", "words", "pages", "times", "cases", "deaths", "members",
        "residents", "users", "customers", "accounts", "meetings", "shares", "items", "percent", "per", "bn", "m",
        "million", "billion", "trillion", "mph", "kg", "lbs", "barrels", "patients", "victims", "visitors", "fans",
        "seats", "signatures", "applications", "applicants", "companies", "firms", "stores", "flights", "passengers",
        "officers", "police", "delegates", "protesters", "refugees", "migrants", "hours", "minutes", "seconds",
    };

    private static readonly HashSet<string> HistoricLeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "of", "from", "by", "until", "till", "to", "circa", "c", "year", "and", "between", "the",
        "early", "late", "mid", "before", "after", "during", "around",
    };

    public static void Collect(TagContext context)
    {
        for (var m = context.FirstMatch(Year(), context.HasDigit); m.Success; m = m.NextMatch())
        {
            AddYear(context, m);
        }

        for (var m = context.FirstMatch(ShortDecade(), context.HasDigit); m.Success; m = m.NextMatch())
        {
            var tens = int.Parse(m.Groups["yy"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var century = tens <= 10 ? 2000 : 1900;
            context.Add(MatchSpan.Start(m), MatchSpan.End(m), TimexType.Date, TimexCalendar.Decade(century + tens), DateStatus.Stated);
        }

        for (var m = context.FirstMatch(Century(), context.Mentions(CenturyWord)); m.Success; m = m.NextMatch())
        {
            var number = m.Groups["n"].Success
                ? int.Parse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
                : OrdinalCentury(m.Groups["word"].Value);
            if (number is >= 1 and <= 21)
            {
                context.Add(MatchSpan.Start(m), MatchSpan.End(m), TimexType.Date, TimexCalendar.Century((number - 1) * 100), DateStatus.Stated);
            }
        }
    }

    private static void AddYear(TagContext context, Match m)
    {
        var y = m.Groups["y"];
        var year = int.Parse(y.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var before = context.CharBefore(y.Index);
        if (before is '$' or '€' or '£' or '¥' or '#' or '/' or '.' or ',' or '+' || char.IsLetterOrDigit(before)
            || (before == '-' && !m.Groups["mod"].Success && !m.Groups["fiscal"].Success))
        {
            return;
        }

        var after = MatchSpan.End(m);
        if (context.CharAt(after) is '%' or '/' || (context.CharAt(after) == '-' && char.IsLetter(context.CharAt(after + 1))))
        {
            return;
        }

        var leader = context.WordBefore(MatchSpan.Start(m));
        var decade = m.Groups["s"].Success;
        if (!decade && (Approximations.Contains(leader) || Counted.Contains(context.WordAfter(after))))
        {
            return;
        }

        if ((year < 1900 || (context.Anchor is { } anchor && year > anchor.Year + 30)) && !decade
            && !m.Groups["mod"].Success && !HistoricLeaders.Contains(leader))
        {
            return;
        }

        var value = decade ? TimexCalendar.Decade(year) : TimexCalendar.Year(year);
        var end = y.Index + y.Length + m.Groups["s"].Length;
        context.Add(MatchSpan.Start(m), end, TimexType.Date, value, DateStatus.Stated);
        if (m.Groups["y2"] is { Success: true } y2)
        {
            var second = int.Parse(y2.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (y2.Length == 2)
            {
                second += year / 100 * 100;
                second += second <= year ? 100 : 0;
            }

            if (second > year && second - year <= 100)
            {
                context.Add(y2.Index, y2.Index + y2.Length, TimexType.Date, TimexCalendar.Year(second), DateStatus.Stated);
            }
        }
    }

    private static int OrdinalCentury(string word) => word.ToUpperInvariant() switch
    {
        "FIFTEENTH" => 15,
        "SIXTEENTH" => 16,
        "SEVENTEENTH" => 17,
        "EIGHTEENTH" => 18,
        "NINETEENTH" => 19,
        "TWENTIETH" => 20,
        _ => 21,
    };

    [GeneratedRegex(
        "\\b(?=1\\d{3}|20\\d\\d)(?<=(?:\\b(?<mod>early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)(?:\\s+|-))?"
        + "(?:\\b(?<fiscal>fiscal(?:\\s+year)?)\\s+)?)"
        + "\\b(?<y>1\\d{3}|20\\d\\d)(?<s>'?s)?"
        + "(?:\\s*[-–]\\s*(?<y2>1\\d{3}|20\\d\\d|\\d\\d)(?![\\d%-]))?"
        + "(?![\\d%]|[.,]\\d)",
        Options)]
    private static partial Regex Year();

    [GeneratedRegex("(?=['‘’]\\d0s)(?<=(?:\\b(?<mod>early|late|mid)[\\s-]+)?)['‘’](?<yy>\\d0)s\\b", Options)]
    private static partial Regex ShortDecade();

    [GeneratedRegex(
        "\\b(?=\\d{1,2}(?:st|nd|rd|th)|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)"
        + "(?<=(?:\\b(?<mod>early|late|mid)[\\s-]+)?)\\b(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<word>fifteenth|sixteenth|seventeenth"
        + "|eighteenth|nineteenth|twentieth|twenty-first))[\\s-]+century\\b",
        Options)]
    private static partial Regex Century();
}
