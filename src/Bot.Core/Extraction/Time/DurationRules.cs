using System.Buffers;
using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>Lengths of time and what hangs on them: "three years", "a decade", "more than a dozen years",
/// "a four-week closure", "the past two years", "between 12 and 18 months", "for years", "two years ago",
/// "the coming months", "every morning", "annually".</summary>
internal static partial class DurationRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // What the patterns below cannot match without: the stems of their unit words, and their recurrence words.
    private static readonly SearchValues<string> UnitWords = SearchValues.Create(
        ["second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "centur"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> RecurringWords = SearchValues.Create(
        ["every", "each", "annually", "hourly", "nightly"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> Looseners = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "roughly", "some", "approximately", "over", "under", "just over", "just under",
    };

    private static readonly HashSet<string> Frequency = new(StringComparer.OrdinalIgnoreCase)
    {
        "once", "twice", "times", "per", "every", "each",
    };

    public static void Collect(TagContext context)
    {
        for (var m = context.FirstMatch(Counted(), context.Mentions(UnitWords)); m.Success; m = m.NextMatch())
        {
            AddCounted(context, m);
        }

        for (var m = context.FirstMatch(Uncounted(), context.Mentions(UnitWords)); m.Success; m = m.NextMatch())
        {
            AddUncounted(context, m);
        }

        for (var m = context.FirstMatch(Recurring(), context.Mentions(RecurringWords)); m.Success; m = m.NextMatch())
        {
            AddRecurring(context, m);
        }
    }

    private static void AddCounted(TagContext context, Match m)
    {
        var unit = m.Groups["unit"].Value;
        var numberGroup = m.Groups["num"];
        var relative = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : null;
        var plural = unit.EndsWith('s');
        var end = MatchSpan.End(m);
        var loose = m.Groups["q"] is { Success: true } q && Looseners.Contains(Normalise(q.Value));
        var start = loose ? MatchSpan.FirstOf(m, "num", "unit") : MatchSpan.Start(m);
        if (context.CharBefore(MatchSpan.Start(m)) is '-' or '$' or '€' or '£' || (context.CharAt(end) == '-' && char.IsLetter(context.CharAt(end + 1))) || IsAge(context, MatchSpan.Start(m), end))
        {
            return;
        }

        if (!numberGroup.Success)
        {
            AddUncountedWithRelative(context, m, relative, unit, plural);
            return;
        }

        var numberText = numberGroup.Value;
        var second = m.Groups["num2"];
        if (second.Success && context.Text.AsSpan(numberGroup.Index + numberGroup.Length, second.Index - numberGroup.Index - numberGroup.Length).SequenceEqual("-")
            && !char.IsAsciiDigit(numberText[0]))
        {
            // "seventy-four years": one number written with a hyphen, not a range.
            numberText = context.Text[numberGroup.Index..(second.Index + second.Length)];
            second = Match.Empty;
        }

        var count = TimexLexicon.ParseNumber(numberText);
        var isArticle = IsArticle(numberText);
        if (isArticle && (unit.StartsWith("sec", StringComparison.OrdinalIgnoreCase) || plural))
        {
            return;
        }

        if (isArticle && !m.Groups["the"].Success && relative is null && Frequency.Contains(context.WordBefore(MatchSpan.Start(m))))
        {
            return;
        }

        if (isArticle && char.IsAsciiDigit(NonSpaceBefore(context, start)))
        {
            // "$12 an hour", "$60,000 a year": a rate, so a recurring time.
            context.Add(start, end, TimexType.Set, TimexLexicon.Duration(1, unit), DateStatus.Stated);
            return;
        }

        if (m.Groups["ago"].Success)
        {
            AddAgo(context, start, end, count, unit);
            return;
        }

        if (second.Success && !IsArticle(second.Value))
        {
            // "between 12 and 18 months": each count is tagged, the first sharing the unit of the second.
            context.Add(numberGroup.Index, numberGroup.Index + numberGroup.Length, TimexType.Duration, TimexLexicon.Duration(count, unit), DateStatus.Stated);
            context.Add(second.Index, end, TimexType.Duration, TimexLexicon.Duration(TimexLexicon.ParseNumber(second.Value), unit), DateStatus.Stated);
            return;
        }

        context.Add(start, end, TimexType.Duration, TimexLexicon.Duration(count, unit), count is null ? DateStatus.Unresolved : DateStatus.Stated);
    }

    private static void AddUncountedWithRelative(TagContext context, Match m, string? relative, string unit, bool plural)
    {
        var (start, end) = (MatchSpan.Start(m), MatchSpan.End(m));
        switch (relative)
        {
            case "coming" or "next" when plural:
                context.Add(start, end, TimexType.Date, "FUTURE_REF", DateStatus.Unresolved);
                break;
            case "past" or "last" or "recent" or "previous" when plural:
                context.Add(start, end, TimexType.Duration, TimexLexicon.Duration(null, unit), DateStatus.Unresolved);
                break;
            case "past" or "next" or "coming" or "following" or "previous" when m.Groups["the"].Success && !plural:
                context.Add(start, end, TimexType.Duration, TimexLexicon.Duration(1, unit), DateStatus.Stated);
                break;
        }
    }

    private static void AddAgo(TagContext context, int start, int end, double? count, string unit)
    {
        if (count is not { } n || context.Anchor is not { } anchor || n != Math.Floor(n) || n > 5000)
        {
            context.Add(start, end, TimexType.Date, "PAST_REF", DateStatus.Unresolved);
            return;
        }

        var (code, clock, multiple) = TimexLexicon.UnitOf(unit);
        var k = (int)n * multiple;
        var days = code switch
        {
            "Y" => 366 * k,
            "M" when !clock => 31 * k,
            "W" => 7 * k,
            "D" => k,
            _ => 0,
        };
        if (days >= anchor.DayNumber)
        {
            context.Add(start, end, TimexType.Date, "PAST_REF", DateStatus.Unresolved);
            return;
        }

        var value = code switch
        {
            "Y" when multiple == 10 => TimexCalendar.Decade(anchor.Year - k),
            "Y" => TimexCalendar.Year(anchor.Year - k),
            "M" when !clock => TimexCalendar.Month(anchor.AddMonths(-k).Year, anchor.AddMonths(-k).Month),
            "W" => TimexCalendar.Week(anchor.AddDays(-7 * k)),
            "D" => TimexCalendar.Day(anchor.AddDays(-k)),
            _ => TimexCalendar.Day(anchor),
        };
        context.Add(start, end, TimexType.Date, value, DateStatus.Inferred);
    }

    private static void AddUncounted(TagContext context, Match m)
    {
        var unitGroup = m.Groups["unit"];
        var lead = m.Groups["pre"];
        var recent = m.Groups["recent"];
        var post = m.Groups["post"];
        if (!lead.Success && !recent.Success && !post.Success)
        {
            return;
        }

        var leader = context.WordBefore(recent.Success ? recent.Index : unitGroup.Index);
        if (!recent.Success && leader is "the" or "The" or "those" or "these" or "Those" or "These" or "their" or "his" or "her" or "our")
        {
            return;
        }

        var start = recent.Success ? recent.Index : unitGroup.Index;
        if (post.Success && post.Value.Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            context.Add(start, post.Index + post.Length, TimexType.Date, "PAST_REF", DateStatus.Unresolved);
            return;
        }

        context.Add(start, unitGroup.Index + unitGroup.Length, TimexType.Duration, TimexLexicon.Duration(null, unitGroup.Value), DateStatus.Unresolved);
    }

    private static void AddRecurring(TagContext context, Match m)
    {
        var (start, end) = (MatchSpan.Start(m), MatchSpan.End(m));
        if (m.Groups["adv"] is { Success: true } adverb)
        {
            var value = adverb.Value.ToLowerInvariant() switch
            {
                "hourly" => "PT1H",
                "nightly" => "XXXX-XX-XXTNI",
                "biannually" or "semiannually" => "P6M",
                _ => "P1Y",
            };
            context.Add(start, end, TimexType.Set, value, DateStatus.Stated);
            return;
        }

        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var every = m.Groups["n"] is { Success: true } n
            ? n.Value.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : TimexLexicon.ParseNumber(n.Value)
            : 1;
        string setValue;
        if (unit is "morning" or "afternoon" or "evening" or "night")
        {
            setValue = "XXXX-XX-XXT" + TimexLexicon.TimeOfDayCode(unit);
        }
        else if (TimexLexicon.IsWeekday(unit))
        {
            if (!context.IsCapitalised(m.Groups["unit"].Index))
            {
                return;
            }

            setValue = "XXXX-WXX-" + TimexLexicon.IsoDay(TimexLexicon.WeekdayOf(unit));
        }
        else if (unit == "weekend")
        {
            setValue = "XXXX-WXX-WE";
        }
        else
        {
            setValue = TimexLexicon.Duration(every, unit);
        }

        context.Add(start, end, TimexType.Set, setValue, DateStatus.Stated);
    }

    /// <summary>"22-year-old", "children ages 6 months and older" are ages, not periods.</summary>
    private static bool IsAge(TagContext context, int start, int end)
    {
        if (context.WordBefore(start) is "aged" or "ages" or "age" or "Aged" || context.WordAfter(end) is "old" or "older" or "younger")
        {
            return true;
        }

        var rest = context.Text.AsSpan(end, Math.Min(20, context.Text.Length - end)).TrimStart();
        return rest.StartsWith("and older", StringComparison.Ordinal) || rest.StartsWith("or older", StringComparison.Ordinal)
            || rest.StartsWith("and up", StringComparison.Ordinal) || rest.StartsWith("or younger", StringComparison.Ordinal);
    }

    private static bool IsArticle(string word) =>
        word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    private static char NonSpaceBefore(TagContext context, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(context.Text[i]))
        {
            i--;
        }

        return i >= 0 ? context.Text[i] : ' ';
    }

    private static string Normalise(string words) => string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));


    [GeneratedRegex(
        "\\b(?=" + TimexLexicon.Unit + "\\b)(?<=(?:\\b(?<the>the)\\s+)?"
        + "(?:\\b(?<rel>past|last|next|coming|following|previous|recent|first|final|initial)\\s+)?"
        + "(?:\\b(?<q>almost|nearly|more\\s+than|less\\s+than|at\\s+least|a\\s+mere|up\\s+to|just\\s+over|just\\s+under"
        + "|over|under|about|around|roughly|some|approximately)\\s+)?"
        + "(?:\\b(?<num>" + TimexLexicon.Number + ")(?:\\s+and\\s+a\\s+half)?"
        + "(?:\\s*(?:and|to|or|-|–)\\s*(?<num2>" + TimexLexicon.Number + "))?(?:\\s+|-))?)"
        + "\\b(?<unit>" + TimexLexicon.Unit + ")(?:'|’)?(?<ago>\\s+ago)?\\b",
        Options)]
    private static partial Regex Counted();

    [GeneratedRegex(
        "\\b(?=seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?<=(?:\\b(?<pre>for|take|takes|took|taking|taken|within|spend|spent|lasted|lasting|waited|wait)\\s+)?"
        + "(?:\\b(?:in\\s+|over\\s+)?(?<recent>recent)\\s+)?)"
        + "\\b(?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
        + "(?:\\s+(?<post>before|after|later|earlier|ago|into|on\\s+end))?\\b",
        Options)]
    private static partial Regex Uncounted();

    [GeneratedRegex(
        "\\b(?:(?:every|each)\\s+(?:(?<n>other|\\d+|two|three|four|five|six|seven|eight|nine|ten|few)\\s+)?"
        + "(?<unit>second|minute|hour|day|night|morning|afternoon|evening|weekend|week|month|year|decade|" + TimexLexicon.Weekday + ")s?"
        + "|(?<adv>annually|biannually|semiannually|hourly|nightly))\\b",
        Options)]
    private static partial Regex Recurring();
}
