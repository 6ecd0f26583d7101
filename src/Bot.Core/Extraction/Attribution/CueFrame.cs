namespace Bot.Core.Extraction.Attribution;

/// <summary>How one cue verb sits in its sentence: speaker on the left and content on the right
/// ("X said that ..."), content on the left ("..., X said."), or inverted ("..., said X.").</summary>
internal sealed record CueFrame(TextSpan Cue, TextSpan Source, bool ContentOnLeft, int LeftBoundary, bool Addressee)
{
    /// <summary>The speaker with its appositive ("Jane Doe, a lawyer for the firm"), when there is one.</summary>
    public TextSpan? Extent { get; init; }

    /// <summary>"X said ... and added ...": the speaker is the previous frame's.</summary>
    public bool Coordinated { get; init; }

    public static CueFrame? Read(string text, QuoteMap quotes, TextSpan cue)
    {
        var cueWord = cue.Of(text);
        var addressee = CueLexicon.AddresseeVerbs.Contains(cueWord);
        var left = SpeakerPhrase.LeftOf(text, cue.Start, 0, out var boundary);
        var afterComma = boundary >= 0 && IsClauseEnd(text, boundary) && HasWords(text, 0, boundary);
        if (left is { } speaker)
        {
            var named = NameBeforeAppositive(text, speaker, boundary);
            var source = named ?? speaker;
            var from = named is null ? boundary : Before(text, named.Value.Start);
            var contentBefore = from >= 0 && IsClauseEnd(text, from) && HasWords(text, 0, from);
            var onLeft = contentBefore && (AfterClosingQuote(text, from) || TailIsEnd(text, quotes, cue.End));
            return new CueFrame(cue, source, onLeft, onLeft ? from : boundary, addressee)
            {
                Extent = named is null ? null : new TextSpan(named.Value.Start, speaker.End),
            };
        }

        if (CueLexicon.SpeechVerbs.Contains(cueWord) && PrecededBy(text, cue.Start, "and") is { } and && !quotes.IsInside(and))
        {
            return new CueFrame(cue, default, false, and, addressee) { Coordinated = true };
        }

        if (!afterComma || !OnlySpaceBetween(text, boundary + 1, cue.Start))
        {
            return null;
        }

        // "..., said Mr. Smith." The speaker follows the verb, perhaps with an appositive.
        if (CueLexicon.SpeechVerbs.Contains(cueWord) && SpeakerPhrase.RightOf(text, cue.End, text.Length) is { } inverted)
        {
            if (TailIsEnd(text, quotes, inverted.End))
            {
                return new CueFrame(cue, inverted, true, boundary, addressee);
            }

            if (AppositiveEnd(text, inverted.End) is { } appositiveEnd)
            {
                return new CueFrame(cue, inverted, true, boundary, addressee) { Extent = new TextSpan(inverted.Start, appositiveEnd) };
            }
        }

        // "Mr. Smith, the company's lawyer, said that ...": the name before the appositive.
        return Appositive(text, boundary) is { } name
            ? new CueFrame(cue, name, false, boundary, addressee) { Extent = new TextSpan(name.Start, boundary) }
            : null;
    }

    /// <summary>"Jane Doe, a lawyer, said": the left chunk is an appositive to a name before the comma.</summary>
    private static TextSpan? NameBeforeAppositive(string text, TextSpan chunk, int boundary)
    {
        if (boundary < 0 || text[boundary] != ',' || !char.IsLower(text[chunk.Start]))
        {
            return null;
        }

        var first = SpeakerPhrase.Clean(text, new TextSpan(chunk.Start, NextSpace(text, chunk.Start, chunk.End)));
        if (first is not ("a" or "an" or "the" or "who" or "one" or "its" or "his" or "her" or "their" or "former" or "head" or "chief"))
        {
            return null;
        }

        var name = SpeakerPhrase.LeftOf(text, boundary, 0, out _);
        if (name is not { } n || !AllCapitalised(text, n))
        {
            return null;
        }

        var firstWord = SpeakerPhrase.Clean(text, new TextSpan(n.Start, NextSpace(text, n.Start, n.End)));
        return CueLexicon.ModifierStarts.Contains(firstWord) || CueLexicon.LeadingFillers.Contains(firstWord) ? null : n;
    }

    private static int? AppositiveEnd(string text, int at)
    {
        if (at >= text.Length || text[at] != ',')
        {
            return null;
        }

        var start = AttributionFinder.Skip(text, at + 1, text.Length);
        var wordEnd = NextSpace(text, start, text.Length);
        var first = SpeakerPhrase.Clean(text, new TextSpan(start, wordEnd));
        if (!(first is "a" or "an" or "the" or "who" or "whose" or "which" or "one" or "his" or "her" or "its" or "their" or "former"
            || (start < text.Length && char.IsUpper(text[start]))))
        {
            return null;
        }

        for (var j = start; j < text.Length; j++)
        {
            if (text[j] == ',' && j + 2 < text.Length && QuoteMap.IsQuote(text[AttributionFinder.Skip(text, j + 1, text.Length)]))
            {
                return j;
            }

            if (text[j] is '.' or '!' or '?' && (j + 1 == text.Length || char.IsWhiteSpace(text[j + 1])) && !SpeakerPhrase.EndsAbbreviation(text, j, start))
            {
                return j;
            }

            if (QuoteMap.IsQuote(text[j]) && !(j > start && text[j - 1] is '.' or ','))
            {
                return null;
            }
        }

        return AttributionFinder.TrimEnd(text, start, text.Length);
    }

    private static int? PrecededBy(string text, int cueStart, string word)
    {
        var j = cueStart - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        var end = j + 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        return string.CompareOrdinal(text, j + 1, word, 0, Math.Max(word.Length, end - j - 1)) == 0 ? j + 1 : null;
    }

    private static int Before(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        return j;
    }

    private static bool AfterClosingQuote(string text, int boundary) =>
        QuoteMap.IsQuote(text[boundary]) || (text[boundary] == ',' && boundary > 0 && QuoteMap.IsQuote(text[boundary - 1]));

    private static bool AllCapitalised(string text, TextSpan span)
    {
        var atWordStart = true;
        for (var j = span.Start; j < span.End; j++)
        {
            if (char.IsWhiteSpace(text[j]))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && char.IsLetter(text[j]) && !char.IsUpper(text[j]))
            {
                return false;
            }

            atWordStart = false;
        }

        return true;
    }

    private static int NextSpace(string text, int from, int limit)
    {
        var j = from;
        while (j < limit && !char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return j;
    }

    public IEnumerable<FoundAttribution> Build(string text, QuoteMap quotes, int stop)
    {
        if (ContentOnLeft)
        {
            var leftEnd = QuoteMap.IsQuote(text[LeftBoundary]) ? LeftBoundary + 1 : LeftBoundary;
            var start = ClauseStart(text, quotes, leftEnd);
            var spans = new List<TextSpan> { new(start, leftEnd) };
            var tailFrom = Math.Max(Cue.End, Source.End);
            if (Continuation(text, quotes, Math.Max(tailFrom, Extent?.End ?? 0)) is { } more)
            {
                spans.Add(more);
            }

            yield return new FoundAttribution(Source, Cue, spans, null, spans.TrueForAll(s => AttributionFinder.IsQuotation(text, quotes, s)))
            {
                SourceExtent = Extent,
            };
            foreach (var p in Participles(text, quotes, tailFrom, text.Length))
            {
                yield return p;
            }

            yield break;
        }

        if (AttributionFinder.ContentRight(text, quotes, Cue.End, stop, Addressee) is not { } content)
        {
            yield break;
        }

        yield return new FoundAttribution(Source, Cue, [content], null, AttributionFinder.IsQuotation(text, quotes, content))
        {
            SourceExtent = Extent,
        };
        foreach (var p in Participles(text, quotes, content.End, stop))
        {
            yield return p;
        }
    }

    /// <summary>Where the content before a "..., X said" starts: the quotation that ends there, else the
    /// sentence that ends there (a unit may hold several sentences).</summary>
    private static int ClauseStart(string text, QuoteMap quotes, int end)
    {
        var closing = end - 1;
        while (closing > 0 && text[closing] is ',' or ' ')
        {
            closing--;
        }

        foreach (var region in quotes.Regions)
        {
            if (region.End == closing + 1 && QuoteMap.IsQuote(text[closing]) && OpensSentence(text, region.Start))
            {
                return region.Start;
            }
        }

        for (var j = end - 2; j > 0; j--)
        {
            if (text[j] is '.' or '!' or '?' && char.IsWhiteSpace(text[j + 1]) && !quotes.IsInside(j) && !SpeakerPhrase.EndsAbbreviation(text, j, 0))
            {
                return AttributionFinder.Skip(text, j + 1, end);
            }
        }

        return AttributionFinder.Skip(text, 0, end);
    }

    private static bool OpensSentence(string text, int position)
    {
        var j = position - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        return j < 0 || text[j] is '.' or '!' or '?' or '"' or '”' or ':';
    }

    /// <summary>", calling it ..." after a statement: the same speaker says more.</summary>
    private IEnumerable<FoundAttribution> Participles(string text, QuoteMap quotes, int from, int stop)
    {
        var m = CueLexicon.Participle().Match(text, from, stop - from);
        while (m.Success && quotes.IsInside(m.Index))
        {
            m = m.NextMatch();
        }

        if (!m.Success || m.Index - from > 160)
        {
            yield break;
        }

        var cue = m.Groups["cue"];
        var cueSpan = new TextSpan(cue.Index, cue.Index + cue.Length);
        if (AttributionFinder.ContentRight(text, quotes, cueSpan.End, stop, CueLexicon.AddresseeVerbs.Contains(cue.Value)) is { } content)
        {
            yield return new FoundAttribution(Source, cueSpan, [content], null, AttributionFinder.IsQuotation(text, quotes, content));
        }
    }

    private static TextSpan? Continuation(string text, QuoteMap quotes, int from)
    {
        // ", "more"" in the same sentence, or a quotation that opens the next sentence.
        var comma = from;
        while (comma < text.Length && text[comma] is not (',' or '.' or '!' or '?'))
        {
            comma++;
        }

        if (comma >= text.Length)
        {
            return null;
        }

        var q = AttributionFinder.Skip(text, comma + 1, text.Length);
        return q < text.Length && QuoteMap.IsQuote(text[q]) && quotes.StartingAt(q) is { } region ? region : null;
    }

    /// <summary>Nothing but adverbials after the cue up to the end, a further quotation or a participle.</summary>
    private static bool TailIsEnd(string text, QuoteMap quotes, int from)
    {
        var comma = -1;
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] == ',')
            {
                comma = j;
                break;
            }

            if (QuoteMap.IsQuote(text[j]) && !(j > from && text[j - 1] is '.' or '!' or '?'))
            {
                return false;
            }
        }

        var head = text[from..(comma < 0 ? text.Length : comma)].Trim().TrimEnd('.', '!', '?', '"', '”').Trim();
        var words = head.Length == 0 ? [] : head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 10 || words.Any(w => w is "that" or "to" || w.EndsWith(':')))
        {
            return false;
        }

        // Only adverbials may follow: "said on Monday", "told reporters", "wrote in a statement".
        if (words.Length > 0 && !CueLexicon.ModifierStarts.Contains(words[0]) && !(words.Length <= 3 && char.IsLower(words[0][0]) && !CueLexicon.ClauseWords.Contains(words[0])))
        {
            return false;
        }

        if (comma < 0)
        {
            return true;
        }

        var next = AttributionFinder.Skip(text, comma + 1, text.Length);
        return next >= text.Length
            || QuoteMap.IsQuote(text[next])
            || CueLexicon.Participle().IsMatch(text, comma)
            || text.AsSpan(next).StartsWith("who ", StringComparison.Ordinal)
            || text.AsSpan(next).StartsWith("which ", StringComparison.Ordinal)
            || words.Length == 0 && text.AsSpan(next).StartsWith("according", StringComparison.Ordinal);
    }

    private static TextSpan? Appositive(string text, int comma)
    {
        var previous = comma - 1;
        while (previous >= 0 && text[previous] != ',')
        {
            if (text[previous] is '.' or ';' or ':' or '"' or '“' or '”')
            {
                return null;
            }

            previous--;
        }

        if (previous < 0)
        {
            return null;
        }

        return SpeakerPhrase.LeftOf(text, previous, 0, out var b) is { } name && (b < 0 || text[b] is ',' or '.' or ':' or ';')
            ? name
            : null;
    }

    private static bool IsClauseEnd(string text, int boundary) =>
        text[boundary] is ',' or '—' or '–' || (QuoteMap.IsQuote(text[boundary]) && boundary > 0 && text[boundary - 1] is ',' or '!' or '?' or '.');

    private static bool HasWords(string text, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (char.IsLetterOrDigit(text[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }
}
