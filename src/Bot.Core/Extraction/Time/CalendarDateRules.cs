using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>Dates written with a month name or in digits: "July 29, 2022", "29 July", "Friday (July 29)",
/// "April 2020", "late last July", "2022-07-29", "7/29/2022".</summary>
internal static partial class CalendarDateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static void Collect(TagContext context)
    {
        for (var m = context.FirstMatch(MonthDate(), context.HasCapitalisedMonth); m.Success; m = m.NextMatch())
        {
            AddMonthDate(context, m);
        }

        for (var m = context.FirstMatch(IsoDate(), context.HasDigit); m.Success; m = m.NextMatch())
        {
            AddNumeric(context, m, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }

        for (var m = context.FirstMatch(SlashDate(), context.HasDigit); m.Success; m = m.NextMatch())
        {
            var (a, b, y) = (Int(m, "a"), Int(m, "b"), Int(m, "y"));
            y = y < 100 ? 2000 + y : y;
            // US order unless the first number cannot be a month.
            AddNumeric(context, m, y, a <= 12 ? a : b, a <= 12 ? b : a);
        }
    }

    private static void AddMonthDate(TagContext context, Match m)
    {
        var monthGroup = m.Groups["mon"];
        var month = TimexLexicon.MonthNumber(monthGroup.Value);
        if (month == 0 || !context.IsCapitalised(monthGroup.Index))
        {
            return;
        }

        var d1 = m.Groups["d1"];
        var d2 = m.Groups["d2"];
        var day = d2.Success ? Int(m, "d2") : d1.Success ? Int(m, "d1") : 0;
        var start = MatchSpan.Start(m);
        if (day > 31)
        {
            return;
        }

        var yearGroup = m.Groups["year"];
        var relative = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : null;
        var weekday = m.Groups["wd"].Success && day > 0 && context.IsCapitalised(m.Groups["wd"].Index)
            ? TimexLexicon.WeekdayOf(m.Groups["wd"].Value)
            : (DayOfWeek?)null;
        if (m.Groups["wd"].Success && weekday is null)
        {
            // The weekday is tagged on its own; the date starts after it.
            start = MatchSpan.FirstOf(m, "mod", "rel", "d1", "mon");
            if (m.Groups["open"].Success)
            {
                return;
            }
        }

        var word = monthGroup.Value;
        var isAbbreviation = word.EndsWith('.') || (word.Length == 3 && !word.Equals("may", StringComparison.OrdinalIgnoreCase))
            || word.Equals("sept", StringComparison.OrdinalIgnoreCase);
        if (day == 0 && !yearGroup.Success)
        {
            var bare = !m.Groups["mod"].Success && relative is null;
            if (isAbbreviation || (bare && !context.IntroducesMonth(MatchSpan.FirstOf(m, "mon")) && !Possessive(context, MatchSpan.End(m))))
            {
                return;
            }
        }

        int year;
        var status = DateStatus.Stated;
        var guessed = false;
        if (yearGroup.Success)
        {
            year = Int(m, "year");
        }
        else if (context.Anchor is { } anchor)
        {
            status = DateStatus.Inferred;
            guessed = true;
            var tense = context.TenseAt(start, MatchSpan.End(m));
            if (day > 0 && relative is null)
            {
                if (TimexCalendar.ResolveMonthDay(month, day, anchor, tense, weekday) is not { } date)
                {
                    return;
                }

                year = date.Year;
            }
            else
            {
                year = TimexCalendar.ResolveMonthYear(month, anchor, tense, relative);
            }
        }
        else
        {
            year = 0;
            status = DateStatus.Unresolved;
        }

        if (day > 0 && day > DateTime.DaysInMonth(year == 0 ? 2000 : year, month))
        {
            return;
        }

        var yearText = year == 0 ? "XXXX" : TimexCalendar.Year(year);
        var value = day > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{yearText}-{month:D2}-{day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{yearText}-{month:D2}");
        var end = MatchSpan.End(m);
        var d3 = m.Groups["d3"];
        var lastDay = d3.Success ? Int(m, "d3") : 0;
        if (lastDay > day && lastDay <= DateTime.DaysInMonth(year == 0 ? 2000 : year, month))
        {
            // "September 16-19, 2016": two dates the range linking joins; the year written after the second serves both.
            var endValue = string.Create(CultureInfo.InvariantCulture, $"{yearText}-{month:D2}-{lastDay:D2}");
            context.Candidates.Add(new Candidate(d3.Index, end - d3.Index, TimexType.Date, endValue, status) { Month = month, Day = lastDay, YearGuessed = guessed });
            end = d2.Index + d2.Length;
        }

        context.Candidates.Add(new Candidate(start, end - start, TimexType.Date, value, status)
        {
            Weekday = weekday,
            Month = month,
            Day = day,
            YearGuessed = guessed,
        });
    }

    private static void AddNumeric(TagContext context, Match m, int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || year < 1000 || day > DateTime.DaysInMonth(year, month))
        {
            return;
        }

        context.Add(MatchSpan.Start(m), MatchSpan.End(m), TimexType.Date, TimexCalendar.Day(new DateOnly(year, month, day)), DateStatus.Stated);
    }

    private static bool Possessive(TagContext context, int end) =>
        context.CharAt(end) is '\'' or '’' && context.CharAt(end + 1) is 's' or 'S';


    private static int Int(Match m, string group) =>
        int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        "\\b(?=" + TimexLexicon.Month + ")(?<=(?:\\b(?<wd>" + TimexLexicon.Weekday + ")(?:\\s*,\\s*|\\s*(?<open>\\()\\s*|\\s+)(?:the\\s+)?)?"
        + "(?:\\b(?<mod>early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)(?:\\s+|-)(?:the\\s+)?)?"
        + "(?:\\b(?<rel>last|next|this|coming|past)\\s+)?"
        + "(?:\\b(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+)?)"
        + "\\b(?<mon>" + TimexLexicon.Month + ")"
        + "(?:\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:\\s*[-–]\\s*(?<d3>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]))?)?"
        + "(?:,?\\s*(?<year>(?:1[5-9]|20)\\d\\d)(?!\\d|,\\d))?"
        + "(?(open)(?:\\s*\\))?)",
        Options)]
    private static partial Regex MonthDate();

    [GeneratedRegex("\\b(?<y>(?:19|20)\\d\\d)-(?<m>\\d\\d)-(?<d>\\d\\d)\\b", Options)]
    private static partial Regex IsoDate();

    [GeneratedRegex("(?<![\\d/.])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>(?:19|20)\\d\\d|\\d\\d)(?![\\d/])", Options)]
    private static partial Regex SlashDate();
}
