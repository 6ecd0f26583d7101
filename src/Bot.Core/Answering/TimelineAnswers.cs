using System.Text.RegularExpressions;
using Bot.Core.Facts;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>/timeline: the dated events in date order, then the unresolved ones, optionally narrowed by a name,
/// an outlet or a year.</summary>
internal static partial class TimelineAnswers
{
    public static Answer Answer(AnswerContext context, string filter, string query)
    {
        var events = Ordered(context.Facts.Timeline);
        if (filter.Length > 0)
        {
            var matches = Matcher(context, filter);
            events = [.. events.Where(matches)];
        }

        if (events.Count == 0)
        {
            var text = filter.Length == 0
                ? "The article has no dated events."
                : $"The article has no dated events that involve {filter}.";
            return new Answer(AnswerKind.Timeline, query, false, text, [], []);
        }

        var items = events.Select(Item).ToList();
        var dated = events.Where(e => e.Date is not null).ToList();
        var summary = dated.Count == 0
            ? $"The article mentions {Phrasing.Count(events.Count, "time", "times")} it does not place on the calendar:"
            : $"{Phrasing.Count(dated.Count, "dated event", "dated events")}{(filter.Length > 0 ? $" involving {filter}" : string.Empty)}, {Span(dated[0].Date!.Value, dated.Max(e => e.End ?? e.Date)!.Value)}"
              + (events.Count > dated.Count ? $", and {Phrasing.Count(events.Count - dated.Count, "event", "events")} not placed on the calendar:" : ":");
        return new Answer(AnswerKind.Timeline, query, true, summary, items, CitationList.For(items));
    }

    private static string Span(ArticleDate from, ArticleDate to) =>
        from == to ? $"in {from.ToWords()}" : $"from {from.ToWords()} to {to.ToWords()}";

    /// <summary>Dated events by start date (a year before the months in it), then the unresolved ones as written.</summary>
    public static List<TimelineEvent> Ordered(IEnumerable<TimelineEvent> timeline) =>
    [
        .. timeline.Where(e => e.Date is not null).OrderBy(e => e.Date!.Value).ThenBy(e => e.End ?? e.Date!.Value),
        .. timeline.Where(e => e.Date is null),
    ];

    public static AnswerItem Item(TimelineEvent e) =>
        new(e.Date?.ToWords() ?? "unresolved", Phrasing.EndSentence(Phrasing.Capitalize(e.Event)), e.Citations, new Dictionary<string, string>
        {
            ["written"] = e.Expression,
            ["resolved"] = Phrasing.Resolved(e),
            ["status"] = Phrasing.Status(e),
        });

    private static Func<TimelineEvent, bool> Matcher(AnswerContext context, string filter)
    {
        if (Year().IsMatch(filter))
        {
            return e => Covers(e, filter) || e.Expression.Contains(filter, StringComparison.Ordinal);
        }

        var entity = NameMentions.FindEntity(context, filter);
        var names = entity is null ? [filter] : new[] { entity.Name }.Concat(entity.Aliases).ToList();
        var words = names.Select(n => WithoutArticle(AnswerContext.Fold(n).Trim())).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return e => Mentions(context.FoldedEvent(e), words) || e.Citations.Any(c => Mentions(context.FoldedCitation(c), words));
    }

    private static bool Covers(TimelineEvent e, string filter)
    {
        if (e.Date is not { } date)
        {
            return false;
        }

        var year = int.Parse(filter, System.Globalization.CultureInfo.InvariantCulture);
        var period = date with { End = (e.End ?? date).End };
        return period.Overlaps(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    // Whole words of folded text, so case and possessives do not matter and "Truss" does not match "distrust".
    private static bool Mentions(string folded, IReadOnlyList<string> names) =>
        names.Any(n => folded.Contains(" " + n + " ", StringComparison.Ordinal));

    private static string WithoutArticle(string folded)
    {
        foreach (var article in (string[])["the ", "a ", "an "])
        {
            if (folded.StartsWith(article, StringComparison.Ordinal))
            {
                return folded[article.Length..];
            }
        }

        return folded;
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}
