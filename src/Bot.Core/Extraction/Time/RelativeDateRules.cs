using System.Buffers;
using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>Dates relative to the anchor: "last month", "earlier this year", "next week", "last Friday",
/// "on Thursday", "Tuesday night", "yesterday", "this morning", "now", "recently", "the future".</summary>
internal static partial class RelativeDateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly SearchValues<string> RelativeWords = SearchValues.Create(
        ["last", "next", "this", "coming", "current", "past", "previous"], StringComparison.OrdinalIgnoreCase);

    // Every weekday name ends in "day".
    private static readonly SearchValues<string> WeekdayEnding = SearchValues.Create(["day"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> DeicticWords = SearchValues.Create(
        ["today", "tonight", "yesterday", "tomorrow", "now", "currently", "present", "these", "recently", "lately", "past", "time", "soon", "future"],
        StringComparison.OrdinalIgnoreCase);

    public static void Collect(TagContext context)
    {
        for (var m = context.FirstMatch(RelativeUnit(), context.Mentions(RelativeWords)); m.Success; m = m.NextMatch())
        {
            AddRelativeUnit(context, m);
        }

        for (var m = context.FirstMatch(NamedWeekday(), context.Mentions(WeekdayEnding)); m.Success; m = m.NextMatch())
        {
            AddWeekday(context, m);
        }

        for (var m = context.FirstMatch(Deictic(), context.Mentions(DeicticWords)); m.Success; m = m.NextMatch())
        {
            AddDeictic(context, m);
        }
    }

    private static void AddRelativeUnit(TagContext context, Match m)
    {
        var relative = m.Groups["rel"].Value.ToLowerInvariant();
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var hasThe = m.Groups["the"].Success;
        // "the past year", "the next decade" and "the coming week" measure a stretch of time: durations.
        if (relative is "past" or "previous" || (hasThe && relative is "next" or "coming"))
        {
            return;
        }

        if (relative == "current" && unit is not ("week" or "month" or "year" or "quarter" or "decade" or "century"))
        {
            return;
        }

        var (start, end) = (MatchSpan.Start(m), MatchSpan.End(m));
        if (TimexLexicon.IsWeekday(unit))
        {
            if (!context.IsCapitalised(m.Groups["unit"].Index))
            {
                return;
            }

            var weekday = TimexLexicon.WeekdayOf(unit);
            var value = context.Anchor is { } a
                ? TimexCalendar.Day(TimexCalendar.ResolveWeekday(weekday, a, context.TenseAt(start, end), relative))
                : "XXXX-WXX-" + TimexLexicon.IsoDay(weekday);
            context.Candidates.Add(new Candidate(start, end - start, TimexType.Date, value, Status(context)) { Weekday = weekday });
            return;
        }

        if (context.Anchor is not { } anchor)
        {
            context.Add(start, end, unit is "morning" or "afternoon" or "evening" or "night" ? TimexType.Time : TimexType.Date, Unanchored(unit), DateStatus.Unresolved);
            return;
        }

        var step = relative switch
        {
            "last" => -1,
            "next" or "coming" => 1,
            _ => 0,
        };
        switch (unit)
        {
            case "week":
            case "weekend":
                context.Add(start, end, TimexType.Date, TimexCalendar.Week(anchor.AddDays(7 * step)) + (unit == "weekend" ? "-WE" : string.Empty), DateStatus.Inferred);
                break;
            case "month":
                var month = anchor.AddMonths(step);
                context.Add(start, end, TimexType.Date, TimexCalendar.Month(month.Year, month.Month), DateStatus.Inferred);
                break;
            case "year":
                context.Add(start, end, TimexType.Date, TimexCalendar.Year(anchor.Year + step), DateStatus.Inferred);
                break;
            case "decade":
                context.Add(start, end, TimexType.Date, TimexCalendar.Decade(anchor.Year + (10 * step)), DateStatus.Inferred);
                break;
            case "century":
                context.Add(start, end, TimexType.Date, TimexCalendar.Century(anchor.Year + (100 * step)), DateStatus.Inferred);
                break;
            case "quarter":
                var quarter = anchor.AddMonths(3 * step);
                context.Add(start, end, TimexType.Date, TimexCalendar.Quarter(quarter.Year, TimexCalendar.QuarterOf(quarter)), DateStatus.Inferred);
                break;
            default:
                // "this morning", "last night", "next evening": a part of the anchor day or the one beside it.
                var day = relative == "this" ? anchor : anchor.AddDays(step);
                context.Add(start, end, TimexType.Time, TimexCalendar.Day(day) + "T" + TimexLexicon.TimeOfDayCode(unit), DateStatus.Inferred);
                break;
        }
    }

    private static void AddWeekday(TagContext context, Match m)
    {
        var (start, end) = (MatchSpan.Start(m), MatchSpan.End(m));
        if (!context.IsCapitalised(start))
        {
            return;
        }

        var weekday = TimexLexicon.WeekdayOf(m.Groups["wd"].Value);
        if (m.Groups["pl"].Success)
        {
            context.Add(start, end, TimexType.Set, "XXXX-WXX-" + TimexLexicon.IsoDay(weekday), DateStatus.Stated);
            return;
        }

        var day = context.Anchor is { } anchor
            ? TimexCalendar.Day(TimexCalendar.ResolveWeekday(weekday, anchor, context.TenseAt(start, end), null))
            : "XXXX-WXX-" + TimexLexicon.IsoDay(weekday);
        var timeOfDay = m.Groups["tod"];
        var type = timeOfDay.Success ? TimexType.Time : TimexType.Date;
        var value = timeOfDay.Success ? day + "T" + TimexLexicon.TimeOfDayCode(timeOfDay.Value) : day;
        context.Candidates.Add(new Candidate(start, end - start, type, value, Status(context)) { Weekday = weekday });
    }

    private static void AddDeictic(TagContext context, Match m)
    {
        var (start, end) = (MatchSpan.Start(m), MatchSpan.End(m));
        if (m.Groups["present"].Success)
        {
            context.Add(start, end, TimexType.Date, "PRESENT_REF", DateStatus.Unresolved);
            return;
        }

        if (m.Groups["past"].Success)
        {
            context.Add(start, end, TimexType.Date, "PAST_REF", DateStatus.Unresolved);
            return;
        }

        if (m.Groups["future"].Success)
        {
            if (!(m.Groups["future"].Value.Equals("soon", StringComparison.OrdinalIgnoreCase)
                && (context.WordBefore(start).Equals("as", StringComparison.OrdinalIgnoreCase) || context.WordAfter(end).Equals("after", StringComparison.OrdinalIgnoreCase))))
            {
                context.Add(start, end, TimexType.Date, "FUTURE_REF", DateStatus.Unresolved);
            }

            return;
        }

        var word = m.Groups["day"].Value.ToLowerInvariant();
        var timeOfDay = m.Groups["tod"];
        if (context.IsCapitalised(start) && context.WordBefore(start) is { Length: > 0 } name && char.IsUpper(name[0]))
        {
            // Capitalised after a capitalised word mid-sentence, it is part of a name ("USA Today").
            return;
        }

        if (context.Anchor is not { } anchor)
        {
            context.Add(start, end, timeOfDay.Success || word == "tonight" ? TimexType.Time : TimexType.Date, "XXXX-XX-XX", DateStatus.Unresolved);
            return;
        }

        var offset = word switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        var date = TimexCalendar.Day(anchor.AddDays(offset));
        if (word == "tonight" || timeOfDay.Success)
        {
            context.Add(start, end, TimexType.Time, date + "T" + (word == "tonight" ? "NI" : TimexLexicon.TimeOfDayCode(timeOfDay.Value)), DateStatus.Inferred);
            return;
        }

        // "Today" about now in general ("than can be done today", "Today, China is ...") is the present, not the day.
        if (word == "today" && context.TenseAt(start, end) is Tense.Present or Tense.Unknown && IsGenericToday(context, start))
        {
            context.Add(start, end, TimexType.Date, "PRESENT_REF", DateStatus.Unresolved);
            return;
        }

        context.Add(start, end, TimexType.Date, date, DateStatus.Inferred);
    }

    private static bool IsGenericToday(TagContext context, int start)
    {
        if (context.WordBefore(start).Length == 0)
        {
            return true;
        }

        var before = context.Text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start));
        return before.Contains(" than ", StringComparison.OrdinalIgnoreCase) || before.Contains(" can ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" of ", StringComparison.OrdinalIgnoreCase);
    }

    private static DateStatus Status(TagContext context) => context.Anchor is null ? DateStatus.Unresolved : DateStatus.Inferred;

    private static string Unanchored(string unit) => unit switch
    {
        "week" => "XXXX-WXX",
        "weekend" => "XXXX-WXX-WE",
        "month" => "XXXX-XX",
        "year" => "XXXX",
        "decade" => "XXX",
        "century" => "XX",
        "quarter" => "XXXX-QX",
        _ => "XXXX-XX-XXT" + TimexLexicon.TimeOfDayCode(unit),
    };

    [GeneratedRegex(
        "\\b(?=last|next|this|coming|current|past|previous)(?<=(?:\\b(?<mod>early|earlier|late|later|mid|the\\s+(?:end|beginning|start|middle|rest)\\s+of)(?:\\s+|-))?"
        + "(?:\\b(?<the>the)\\s+)?)\\b(?<rel>last|next|this|coming|current|past|previous)\\s+"
        + "(?:(?:fiscal|financial|calendar)\\s+)?"
        + "(?<unit>weekend|week|month|year|decade|century|quarter|" + TimexLexicon.TimeOfDay + "|" + TimexLexicon.Weekday + ")\\b",
        Options)]
    private static partial Regex RelativeUnit();

    [GeneratedRegex("\\b(?<wd>" + TimexLexicon.Weekday + ")(?<pl>s\\b)?(?:\\s+(?<tod>" + TimexLexicon.TimeOfDay + "))?\\b", Options)]
    private static partial Regex NamedWeekday();

    [GeneratedRegex(
        "\\b(?:(?<day>today|tonight|yesterday|tomorrow)(?:\\s+(?<tod>" + TimexLexicon.TimeOfDay + "))?"
        + "|(?<present>right\\s+now|now|nowadays|currently|at\\s+present|presently|these\\s+days)"
        + "|(?<past>recently|lately|the\\s+past|at\\s+the\\s+time)"
        + "|(?<future>soon|the\\s+(?:near\\s+|distant\\s+)?future))\\b",
        Options)]
    private static partial Regex Deictic();
}
