using Bot.Core.Articles;

namespace Bot.Core.Extraction.Attribution;

/// <summary>Runs the finder over an article: sentences joined while a quotation stays open, quotations
/// that continue in the next sentence or paragraph joined to their speaker, spans mapped to the file.</summary>
internal static class ArticleAttributions
{
    private const int MaxUnitSentences = 12;

    public static IReadOnlyList<ArticleAttribution> Find(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var result = new List<ArticleAttribution>();
        var lastQuoted = -1;
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var unit in Units(paragraph.Sentences))
            {
                var found = AttributionFinder.Find(unit.Text);
                if (found.Count == 0)
                {
                    if (lastQuoted >= 0 && IsWholeQuotation(unit.Text))
                    {
                        result[lastQuoted] = Extend(result[lastQuoted], unit);
                        continue;
                    }

                    lastQuoted = -1;
                    continue;
                }

                ArticleAttribution? last = null;
                foreach (var f in found)
                {
                    last = Place(f, unit);
                    result.Add(last);
                }

                lastQuoted = last is { Direct: true, Nested: false } || EndsWithColon(unit.Text) ? result.Count - 1 : -1;
            }
        }

        return result;
    }

    internal static bool IsWholeQuotation(string text)
    {
        var t = text.Trim();
        if (t.Length < 3 || !QuoteMap.IsQuote(t[0]))
        {
            return false;
        }

        var quotes = new QuoteMap(t);
        return quotes.StartingAt(0) is { } q && q.End >= t.TrimEnd('.', ' ').Length - 1;
    }

    private static bool EndsWithColon(string text) => text.TrimEnd().EndsWith(':');

    private static ArticleAttribution Place(FoundAttribution f, Unit unit)
    {
        var content = f.Content.Select(c => new TextSpan(unit.ToFile(c.Start), unit.ToFile(c.End))).ToList();
        var from = Math.Min(f.Source.Start, f.ContentStart);
        var to = Math.Max(f.Source.End, f.ContentEnd);
        var sentences = unit.Sentences.Where((s, k) => unit.Offsets[k] < to && unit.Offsets[k] + s.Text.Length > from).ToList();
        return new ArticleAttribution(
            f.Source.Of(unit.Text),
            f.Cue.Of(unit.Text),
            [.. f.Content.Select(c => c.Of(unit.Text))],
            f.Via?.Of(unit.Text),
            f.Direct,
            f.Nested,
            new TextSpan(unit.ToFile(f.Source.Start), unit.ToFile(f.Source.End)),
            content,
            unit.Text,
            f.Source.Start,
            sentences.Count == 0 ? unit.Sentences : sentences);
    }

    private static ArticleAttribution Extend(ArticleAttribution a, Unit unit)
    {
        var start = AttributionFinder.Skip(unit.Text, 0, unit.Text.Length);
        var end = unit.Text.TrimEnd().Length;
        var span = new TextSpan(unit.ToFile(start), unit.ToFile(end));
        var direct = a.Direct || a.Content.Count == 0;
        return a with
        {
            ContentTexts = [.. a.ContentTexts, unit.Text[start..end]],
            Content = [.. a.Content, span],
            Direct = direct,
            Sentences = [.. a.Sentences, .. unit.Sentences],
        };
    }

    private static IEnumerable<Unit> Units(IReadOnlyList<ArticleSentence> sentences)
    {
        var i = 0;
        while (i < sentences.Count)
        {
            var group = new List<ArticleSentence> { sentences[i] };
            var open = QuoteMap.LeavesOpen(sentences[i].Text, false);
            i++;
            while (open && i < sentences.Count && group.Count < MaxUnitSentences)
            {
                group.Add(sentences[i]);
                open = QuoteMap.LeavesOpen(sentences[i].Text, open);
                i++;
            }

            yield return Unit.Of(group);
        }
    }

    private sealed record Unit(string Text, IReadOnlyList<ArticleSentence> Sentences, IReadOnlyList<int> Offsets)
    {
        public static Unit Of(List<ArticleSentence> group)
        {
            var offsets = new List<int>(group.Count);
            var length = 0;
            foreach (var s in group)
            {
                offsets.Add(length);
                length += s.Text.Length + 1;
            }

            return new Unit(string.Join(' ', group.Select(s => s.Text)), group, offsets);
        }

        public int ToFile(int position)
        {
            var k = Offsets.Count - 1;
            while (k > 0 && Offsets[k] > position)
            {
                k--;
            }

            var within = Math.Min(position - Offsets[k], Sentences[k].Text.Length);
            return Sentences[k].Start + within;
        }
    }
}
