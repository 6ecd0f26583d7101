using Bot.Core.Articles;

namespace Bot.Core.Extraction.Attribution;

/// <summary>Runs the finder over an article: sentences joined while a quotation stays open, quotations
/// that continue in the next sentence or paragraph joined to their speaker, spans mapped to the file.</summary>
internal static class ArticleAttributions
{
    private const int MaxUnitSentences = 12;

    // News sentences run to a few hundred characters; a longer run is not prose worth reading for speech,
    // and skipping it keeps the scans around each cue bounded.
    private const int MaxUnitLength = 8000;

    private const int MaxContinuations = 24;

    public static IReadOnlyList<ArticleAttribution> Find(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var result = new List<ArticleAttribution>();
        var lastQuoted = -1;
        foreach (var paragraph in article.Paragraphs)
        {
            var first = result.Count;
            foreach (var unit in Units(paragraph.Sentences))
            {
                var found = unit.Text.Length > MaxUnitLength ? [] : AttributionFinder.Find(unit.Normalized);
                if (found.Count == 0)
                {
                    // After "X added:" with nothing yet said, the next paragraph is what was said, quoted or not.
                    if (lastQuoted >= 0 && result[lastQuoted].Content.Count < MaxContinuations
                        && (result[lastQuoted].Content.Count == 0 || IsWholeQuotation(unit.Normalized) || OpensWithLongQuotation(unit.Normalized)))
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
                    var placed = Place(f, unit);
                    // ""A," she said, emphasizing why ...": the quotation that follows goes on from "said".
                    if (last is { Direct: true, Nested: false } && !placed.Direct && placed.Source == last.Source
                        && placed.SourceInUnit == last.SourceInUnit)
                    {
                        result.Add(placed);
                        continue;
                    }

                    last = placed;
                    result.Add(last);
                }

                // A quotation may run on after "..., X said." or after a quoted statement.
                var trailingSpeaker = last is { Nested: false } && unit.Text.Length - last.SourceInUnit < 40;
                lastQuoted = last is { Direct: true, Nested: false } || trailingSpeaker || EndsWithColon(unit.Text) ? result.LastIndexOf(last!) : -1;
            }

            if (Labelled(paragraph.Sentences) is { } labelled)
            {
                for (var k = first; k < result.Count; k++)
                {
                    result[k] = result[k] with { Nested = true };
                }

                result.Insert(first, labelled);
                lastQuoted = -1;
            }
        }

        // A speaker announced before a colon whose words never came stays unread.
        return [.. result.Where(a => a.Content.Count > 0)];
    }

    internal static bool IsWholeQuotation(string text) =>
        OpeningQuotation(text) is { } q && q.End >= q.Text.TrimEnd('.', ' ').Length - 1;

    /// <summary>""I wouldn't call it reform. ... It's a tax increase" for the top bracket.": a quotation that opens
    /// the text and runs through most of it.</summary>
    private static bool OpensWithLongQuotation(string text) =>
        OpeningQuotation(text) is { } q && q.End * 3 >= q.Text.Length * 2;

    /// <summary>The trimmed text and where the quotation that opens it ends, when one does.</summary>
    private static (string Text, int End)? OpeningQuotation(string text)
    {
        var t = text.Trim();
        return t.Length >= 3 && QuoteMap.IsQuote(t[0]) && new QuoteMap(t).StartingAt(0) is { } q ? (t, q.End) : null;
    }

    private static ArticleAttribution? Labelled(IReadOnlyList<ArticleSentence> sentences)
    {
        if (sentences.Count == 0 || SpeakerLabel.Read(sentences[0].Text) is not { } label)
        {
            return null;
        }

        var unit = Unit.Of([.. sentences]);
        var end = unit.Text.TrimEnd().Length;
        if (end <= label.ContentStart)
        {
            return null;
        }

        var content = new TextSpan(label.ContentStart, end);
        return new ArticleAttribution(
            label.Speaker.Of(unit.Text),
            label.Cue.Of(unit.Text),
            [content.Of(unit.Text)],
            null,
            IsWholeQuotation(content.Of(unit.Normalized)),
            false,
            new TextSpan(unit.ToFile(label.Speaker.Start), unit.ToFile(label.Speaker.End)),
            [new TextSpan(unit.ToFile(content.Start), unit.ToFile(content.End))],
            unit.Text,
            label.Speaker.Start,
            sentences);
    }

    private static bool EndsWithColon(string text) => text.TrimEnd().EndsWith(':');

    private static ArticleAttribution Place(FoundAttribution raw, Unit unit)
    {
        // A closing '' was read as one quote mark and a space: take its second half back.
        var f = raw with
        {
            Content = [.. raw.Content.Select(c => c.End < unit.Text.Length && c.End > 0 && unit.Text[c.End - 1] == '\'' && unit.Text[c.End] == '\'' ? new TextSpan(c.Start, c.End + 1) : c)],
        };
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
            sentences.Count == 0 ? unit.Sentences : sentences)
        {
            SourceExtent = f.SourceExtent is { } x ? new TextSpan(unit.ToFile(x.Start), unit.ToFile(x.End)) : null,
        };
    }

    private static ArticleAttribution Extend(ArticleAttribution a, Unit unit)
    {
        var start = AttributionFinder.Skip(unit.Text, 0, unit.Text.Length);
        var end = unit.Text.TrimEnd().Length;
        var span = new TextSpan(unit.ToFile(start), unit.ToFile(end));
        if (end <= start)
        {
            return a;
        }

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
            while (i < sentences.Count && group.Count < MaxUnitSentences && (open || Continues(group[^1].Text, sentences[i].Text)))
            {
                group.Add(sentences[i]);
                open = QuoteMap.LeavesOpen(sentences[i].Text, open);
                i++;
            }

            yield return Unit.Of(group);
        }
    }

    /// <summary>A sentence break a splitter may put in the wrong place: after a title ("Mr. | Smith said")
    /// or between a quoted question and its speaker ("Why?” | Smith asked.").</summary>
    private static bool Continues(string previous, string next)
    {
        var trimmed = previous.TrimEnd();
        var lastSpace = trimmed.LastIndexOf(' ');
        var lastWord = trimmed[(lastSpace + 1)..];
        if (CueLexicon.Titles.Contains(lastWord) || (lastWord.Length == 2 && char.IsUpper(lastWord[0]) && lastWord[1] == '.'))
        {
            return true;
        }

        return trimmed.Length > 2 && QuoteMap.IsQuote(trimmed[^1]) && trimmed[^2] is '?' or '!' or ','
            && CueLexicon.SpeakerThenSpeech().IsMatch(next);
    }

    private sealed record Unit(string Text, IReadOnlyList<ArticleSentence> Sentences, IReadOnlyList<int> Offsets)
    {
        /// <summary>The text with doubled apostrophes used as quote marks ('' ... '') turned into one
        /// quote mark and a space, so offsets stay the same.</summary>
        public string Normalized { get; } = NormalizeQuotes(Text);

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

        private static string NormalizeQuotes(string text)
        {
            if (!text.Contains("''", StringComparison.Ordinal))
            {
                return text;
            }

            var chars = text.ToCharArray();
            for (var i = 0; i + 1 < chars.Length; i++)
            {
                if (chars[i] == '\'' && chars[i + 1] == '\'')
                {
                    chars[i] = '"';
                    chars[i + 1] = ' ';
                    i++;
                }
            }

            return new string(chars);
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
