using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>Finds time expressions in English news text and normalises them to TIMEX3 values, resolving
/// relative ones ("last month", "on Thursday") against an anchor date such as the publication date.
/// Each rule runs one compiled regex over the text, so tagging stays linear in the text's length.</summary>
public static class TemporalTagger
{
    /// <summary>Tags a text. Without an anchor, relative expressions keep X digits ("XXXX-07-29") and are Unresolved.</summary>
    public static IReadOnlyList<TimeExpression> Tag(string text, DateOnly? anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var context = new TagContext(text, anchor);
        CalendarDateRules.Collect(context);
        YearRules.Collect(context);
        RelativeDateRules.Collect(context);
        PeriodRules.Collect(context);
        DurationRules.Collect(context);
        ClockTimeRules.Collect(context);
        return Link(context, SelectLongest(context.Candidates, text.Length));
    }

    /// <summary>Only what is written on the calendar: dates with a month name or in digits, years, decades and
    /// centuries, with no anchor. Cheaper than <see cref="Tag"/>, for finding the clues to a publication date.</summary>
    internal static IReadOnlyList<TimeExpression> TagCalendarDates(string text)
    {
        var context = new TagContext(text, null);
        CalendarDateRules.Collect(context);
        YearRules.Collect(context);
        return Link(context, SelectLongest(context.Candidates, text.Length));
    }

    /// <summary>Where proposals overlap, the longest wins ("Friday (July 29)" over "Friday"); earlier rules break ties.</summary>
    private static List<Candidate> SelectLongest(List<Candidate> candidates, int textLength)
    {
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Comparing indexes last makes the unstable sort give the stable order.
        Array.Sort(order, (a, b) => candidates[b].Length != candidates[a].Length
            ? candidates[b].Length.CompareTo(candidates[a].Length)
            : a.CompareTo(b));
        var taken = new bool[textLength];
        var chosen = new List<Candidate>();
        foreach (var i in order)
        {
            var c = candidates[i];
            if (c.Length <= 0 || c.End > textLength || Array.IndexOf(taken, true, c.Start, c.Length) >= 0)
            {
                continue;
            }

            Array.Fill(taken, true, c.Start, c.Length);
            chosen.Add(c);
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>Joins two dates into a range when only "to", "through", "until", a dash, or "and" after
    /// "between", stands between them; an open start borrows the end's year ("from September to January 2022").</summary>
    private static List<TimeExpression> Link(TagContext context, List<Candidate> chosen)
    {
        var text = context.Text;
        var result = new TimeExpression[chosen.Count];
        for (var i = chosen.Count - 1; i >= 0; i--)
        {
            var c = chosen[i];
            TimeExpression? end = null;
            if (i + 1 < chosen.Count && c.Type == TimexType.Date && chosen[i + 1].Type == TimexType.Date
                && IsRangeJoin(context, c, chosen[i + 1]) && TimexValue.CalendarPart(chosen[i + 1].Value) is not null)
            {
                end = result[i + 1];
                c = BorrowYear(c, chosen[i + 1]);
            }

            result[i] = new TimeExpression(c.Start, c.Length, text.Substring(c.Start, c.Length), c.Type, c.Value, c.Status)
            {
                Weekday = c.Weekday,
                RangeEnd = end,
            };
        }

        return [.. result];
    }

    private static bool IsRangeJoin(TagContext context, Candidate first, Candidate second)
    {
        var between = context.Text.AsSpan(first.End, second.Start - first.End).Trim();
        if (between.Length > 8)
        {
            return false;
        }

        if (between is "-" or "–" or "—" || between.Equals("to", StringComparison.OrdinalIgnoreCase)
            || between.Equals("through", StringComparison.OrdinalIgnoreCase) || between.Equals("until", StringComparison.OrdinalIgnoreCase)
            || between.Equals("till", StringComparison.OrdinalIgnoreCase) || between.Equals("thru", StringComparison.OrdinalIgnoreCase))
        {
            return TimexValue.CalendarPart(first.Value) is not null || first.YearGuessed || first.Status == DateStatus.Unresolved;
        }

        return between.Equals("and", StringComparison.OrdinalIgnoreCase)
            && context.WordBefore(first.Start).Equals("between", StringComparison.OrdinalIgnoreCase);
    }

    private static Candidate BorrowYear(Candidate start, Candidate end)
    {
        if (!(start.YearGuessed || start.Status == DateStatus.Unresolved) || start.Month == 0 || end.Status != DateStatus.Stated
            || end.Value.Length < 7 || !int.TryParse(end.Value.AsSpan(0, 4), out var endYear) || !int.TryParse(end.Value.AsSpan(5, 2), out var endMonth))
        {
            return start;
        }

        var year = start.Month > endMonth ? endYear - 1 : endYear;
        var value = TimexCalendar.Year(year) + start.Value[4..];
        return start with { Value = value, Status = DateStatus.Inferred };
    }
}
