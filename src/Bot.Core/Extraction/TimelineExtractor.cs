using Bot.Core.Articles;
using Bot.Core.Extraction.Time;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds time expressions, resolves them against the publication date and orders the events:
/// dated events by date then reading order, unresolved ones ("in the coming months") after them.
/// Durations, recurring times and references to the present are not events.</summary>
public static class TimelineExtractor
{
    // A sentence this short once its date is taken out ("The time span is from ... to ...") leans on the one before.
    private const int ShortSentenceWords = 6;

    public static IReadOnlyList<TimelineEvent> Extract(ArticleDocument article, PublicationDate published)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(published);
        DateOnly? anchor = published.Date is { Precision: DatePrecision.Day } day ? day.Start : null;
        var events = new List<TimelineEvent>();
        var seen = new HashSet<(ArticleDate?, ArticleDate?, int, int)>();
        foreach (var paragraph in article.Paragraphs)
        {
            ArticleSentence? previous = null;
            foreach (var sentence in paragraph.Sentences)
            {
                foreach (var e in EventsOf(sentence, previous, anchor))
                {
                    if (seen.Add((e.Date, e.End, sentence.Paragraph, sentence.Number)))
                    {
                        events.Add(e);
                    }
                }

                previous = sentence;
            }
        }

        // OrderBy is stable, so reading order breaks ties.
        return [.. events
            .OrderBy(e => e.Date is null ? 1 : 0)
            .ThenBy(e => e.Date?.Start ?? DateOnly.MinValue)];
    }

    private static IEnumerable<TimelineEvent> EventsOf(ArticleSentence sentence, ArticleSentence? previous, DateOnly? anchor)
    {
        var tagged = TemporalTagger.Tag(sentence.Text, anchor);
        var rangeEnds = tagged.Select(t => t.RangeEnd).OfType<TimeExpression>().Select(t => t.Start).ToHashSet();
        foreach (var t in tagged)
        {
            if (rangeEnds.Contains(t.Start) || t.Type is TimexType.Duration or TimexType.Set
                || t.Value is "PRESENT_REF" or "PAST_REF")
            {
                continue;
            }

            var date = ArticleDate.Parse(t.Value);
            var end = t.RangeEnd is { } r ? ArticleDate.Parse(r.Value) : null;
            var status = date is null ? DateStatus.Unresolved : Weaker(t.Status, t.RangeEnd?.Status ?? t.Status);
            var expressionEnd = t.RangeEnd?.End ?? t.End;
            var expression = sentence.Text[t.Start..expressionEnd];
            var (text, context) = Describe(sentence, previous, t.Start, expressionEnd);
            List<Citation> citations = [Citation.Of(sentence)];
            if (context is not null)
            {
                citations.Add(Citation.Of(context));
            }

            yield return new TimelineEvent(
                date,
                end,
                date?.Precision ?? DatePrecision.Unknown,
                expression,
                text,
                status,
                citations);
        }
    }

    /// <summary>The sentence without a leading time adverbial ("Last month, BuzzFeed revealed ..." gives
    /// "BuzzFeed revealed ..."); a sentence that says little besides its date takes the one before as context.</summary>
    private static (string Text, ArticleSentence? Context) Describe(ArticleSentence sentence, ArticleSentence? previous, int start, int end)
    {
        var text = sentence.Text;
        var before = text[..start].Trim();
        var rest = text[end..].TrimStart(')', ' ');
        if (rest.StartsWith(',') && before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 1
            && (before.Length == 0 || char.IsUpper(before[0])) && !before.Contains(',', StringComparison.Ordinal))
        {
            var clause = rest[1..].TrimStart();
            if (clause.Length > 0)
            {
                return (char.ToUpperInvariant(clause[0]) + clause[1..], null);
            }
        }

        var remaining = (text[..start] + text[end..]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return remaining <= ShortSentenceWords && previous is not null
            ? (previous.Text + " " + text, previous)
            : (text, null);
    }

    private static DateStatus Weaker(DateStatus a, DateStatus b) => (DateStatus)Math.Max((int)a, (int)b);
}
