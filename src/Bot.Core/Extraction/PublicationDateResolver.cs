using System.Globalization;
using Bot.Core.Articles;
using Bot.Core.Extraction.Time;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds when the article was published: metadata first, else reasoned from the text, with the
/// reasoning kept as a sentence a reader can check.</summary>
public static class PublicationDateResolver
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static PublicationDate Resolve(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Metadata.Published is { } date)
        {
            return new PublicationDate(ArticleDate.Day(date), DateStatus.Stated, "Given in the article's metadata.");
        }

        var expressions = article.Blocks
            .Where(b => b.Kind != BlockKind.Boilerplate)
            .SelectMany(b => TemporalTagger.TagCalendarDates(b.Text))
            .ToList();
        var years = expressions
            .Where(e => e.Status == DateStatus.Stated && e.Type is TimexType.Date or TimexType.Time)
            .Select(e => TimexValue.CalendarPart(e.Value))
            .Where(v => v is { Length: >= 4 } && !v.Contains('W', StringComparison.Ordinal))
            .Select(v => int.Parse(v.AsSpan(0, 4), NumberStyles.None, Invariant))
            .Distinct()
            .Order()
            .ToList();

        return FromWeekday(expressions, years) ?? FromLatestDate(expressions) ?? new PublicationDate(
            null,
            DateStatus.Unresolved,
            "Nothing in the article points to a publication date: no metadata, no weekday given with a date, and no full date in the text.");
    }

    /// <summary>"Friday (July 29)" plus the years the article mentions: the year in which that day was a Friday.
    /// A weekday named with a date places the report in the days around it, so the article dates from then.</summary>
    private static PublicationDate? FromWeekday(List<TimeExpression> expressions, List<int> years)
    {
        if (years.Count == 0)
        {
            return null;
        }

        int[] candidates = [.. years, years[^1] + 1];
        foreach (var clue in expressions.Where(e => e.Weekday is not null && IsOpenMonthDay(e.Value)))
        {
            var month = int.Parse(clue.Value.AsSpan(5, 2), NumberStyles.None, Invariant);
            var day = int.Parse(clue.Value.AsSpan(8, 2), NumberStyles.None, Invariant);
            var matches = candidates
                .Where(y => day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day).DayOfWeek == clue.Weekday)
                .ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            var date = new DateOnly(matches[^1], month, day);
            var monthDay = Invariant.DateTimeFormat.GetMonthName(month) + " " + day.ToString(Invariant);
            var reasoning = $"The article says \"{clue.Text}\" and mentions {List(years)}; {monthDay} fell on a {clue.Weekday} in {date.Year}"
                + (matches.Count > 1 ? $" (also in {List(matches.SkipLast(1).ToList())}, taking the latest)" : string.Empty)
                + $", so it was published on or just after {TimexCalendar.Day(date)}.";
            return new PublicationDate(ArticleDate.Day(date), DateStatus.Inferred, reasoning);
        }

        return null;
    }

    /// <summary>An article cannot predate the latest full date it reports.</summary>
    private static PublicationDate? FromLatestDate(List<TimeExpression> expressions)
    {
        var latest = expressions
            .Where(e => e.Status == DateStatus.Stated && e.Type is TimexType.Date or TimexType.Time && e.Precision == DatePrecision.Day)
            .Select(e => (Expression: e, Date: TimexValue.PeriodStart(e.Value) ?? DateOnly.MinValue))
            .OrderByDescending(x => x.Date)
            .FirstOrDefault();
        if (latest.Expression is null)
        {
            return null;
        }

        var date = ArticleDate.Day(latest.Date);
        return new PublicationDate(
            date,
            DateStatus.Inferred,
            $"The latest full date the article gives is {date} (\"{latest.Expression.Text}\"), so it was published on or after that date.");
    }

    private static bool IsOpenMonthDay(string value) =>
        value.Length == 10 && value.StartsWith("XXXX-", StringComparison.Ordinal) && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[8]);

    private static string List(IReadOnlyList<int> years)
    {
        var text = years.Select(y => y.ToString(Invariant)).ToList();
        return text.Count == 1 ? text[0] : string.Join(", ", text.SkipLast(1)) + " and " + text[^1];
    }
}
