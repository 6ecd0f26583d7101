using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>Clock times: "3 p.m.", "8 PM", "15:00 GMT Saturday", "noon"; a time with seconds and no
/// clock words ("finished in 3:07:35") is a race time, a duration.</summary>
internal static partial class ClockTimeRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly SearchValues<string> ClockWords = SearchValues.Create(["noon", "midnight"], StringComparison.OrdinalIgnoreCase);

    public static void Collect(TagContext context)
    {
        for (var m = context.FirstMatch(Clock(), context.HasDigit || context.Mentions(ClockWords)); m.Success; m = m.NextMatch())
        {
            Add(context, m);
        }
    }

    private static void Add(TagContext context, Match m)
    {
        var (start, end) = (MatchSpan.Start(m), MatchSpan.End(m));
        int hour;
        var minute = 0;
        if (m.Groups["noon"].Success)
        {
            hour = m.Groups["noon"].Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? 12 : 0;
        }
        else if (m.Groups["ap"].Success)
        {
            hour = Int(m, "h");
            minute = m.Groups["mi"].Success ? Int(m, "mi") : 0;
            if (hour is < 1 or > 12)
            {
                return;
            }

            var pm = char.ToUpperInvariant(m.Groups["ap"].Value[0]) == 'P';
            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else
        {
            hour = Int(m, "h24");
            minute = Int(m, "m24");
            if (m.Groups["s24"].Success && !m.Groups["tz"].Success && !m.Groups["wd"].Success)
            {
                context.Add(start, end, TimexType.Duration, string.Create(CultureInfo.InvariantCulture, $"PT{hour}H{minute}M{Int(m, "s24")}S"), DateStatus.Stated);
                return;
            }

            if (context.CharBefore(start) is ':' or '.' || char.IsDigit(context.CharBefore(start)))
            {
                return;
            }
        }

        string day;
        var status = DateStatus.Inferred;
        DayOfWeek? weekday = null;
        if (m.Groups["wd"].Success && context.IsCapitalised(m.Groups["wd"].Index))
        {
            weekday = TimexLexicon.WeekdayOf(m.Groups["wd"].Value);
            day = context.Anchor is { } a
                ? TimexCalendar.Day(TimexCalendar.ResolveWeekday(weekday.Value, a, context.TenseAt(start, end), null))
                : "XXXX-WXX-" + TimexLexicon.IsoDay(weekday.Value);
        }
        else
        {
            if (m.Groups["wd"].Success)
            {
                end = m.Groups["wd"].Index;
                while (end > start && !char.IsLetterOrDigit(context.Text[end - 1]) && context.Text[end - 1] != '.')
                {
                    end--;
                }
            }

            day = context.Anchor is { } a ? TimexCalendar.Day(a) : "XXXX-XX-XX";
        }

        if (day.StartsWith('X'))
        {
            status = DateStatus.Unresolved;
        }

        var value = string.Create(CultureInfo.InvariantCulture, $"{day}T{hour:D2}:{minute:D2}");
        context.Candidates.Add(new Candidate(start, end - start, TimexType.Time, value, status) { Weekday = weekday });
    }

    private static int Int(Match m, string group) =>
        int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        "\\b(?:(?<h>\\d{1,2})(?::(?<mi>[0-5]\\d))?\\s*(?<ap>[ap]\\.\\s?m\\.|[ap]m\\b|[ap]\\.m\\b)"
        + "|(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)(?::(?<s24>[0-5]\\d))?(?![\\d:])"
        + "|(?<noon>noon|midnight)\\b)"
        + "(?:\\s*(?<tz>GMT|UTC|BST|CET|CEST|[ECMP][SD]?T\\b|local\\s+time))?"
        + "(?:,?\\s+(?:on\\s+)?(?<wd>" + TimexLexicon.Weekday + ")\\b)?",
        Options)]
    private static partial Regex Clock();
}
