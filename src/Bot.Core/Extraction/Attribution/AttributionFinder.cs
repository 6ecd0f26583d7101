using Bot.Core.Language;

namespace Bot.Core.Extraction.Attribution;

/// <summary>Finds attributions in one run of text (a sentence, or sentences joined by an open quotation)
/// by general rules of English news: cue verbs with a speaker on one side and the content on the other,
/// "according to", passives with "by", "X quoted Y as saying" and participles that add a statement.</summary>
internal static class AttributionFinder
{
    public static IReadOnlyList<FoundAttribution> Find(string text) => Find(text, VerbLexicon.Default);

    /// <summary>The attributions with the cue verbs of <paramref name="lexicon"/>: for trying verbs that are not in the table.</summary>
    public static IReadOnlyList<FoundAttribution> Find(string text, VerbLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quotes = new QuoteMap(text);
        var found = new List<FoundAttribution>();
        var usedCues = new HashSet<int>();
        SpecialFrames.QuotedAsSaying(text, quotes, found, usedCues);
        SpecialFrames.Passive(text, quotes, found, usedCues);
        SpecialFrames.ReportWasThat(text, quotes, found, usedCues);
        SpecialFrames.AccordingTo(text, quotes, found);
        var nominals = SpecialFrames.PossessiveNouns(text, quotes, usedCues);
        CueFrames(text, quotes, found, usedCues, lexicon);
        SpecialFrames.SubjectParticiples(text, quotes, found);
        SpecialFrames.PrepositionParticiples(text, quotes, found);
        SpecialFrames.WithParticiples(text, quotes, found);
        SpecialFrames.SignedQuotes(text, found);
        // "Lee's refusal to answer hurt him, a source said": a noun's content never holds another frame's cue.
        found.AddRange(nominals.Where(n => !found.Exists(f => n.Content.Any(c => c.Contains(f.Cue.Start)))));
        return MarkNested(DropClaimedTails(found));
    }

    private static void CueFrames(string text, QuoteMap quotes, List<FoundAttribution> found, HashSet<int> usedCues, VerbLexicon lexicon)
    {
        var frames = new List<CueFrame>();
        foreach (var cue in CueLexicon.FindCues(text, lexicon))
        {
            if (usedCues.Contains(cue.Start) || quotes.IsInside(cue.Start))
            {
                continue;
            }

            if (CueFrame.Read(text, quotes, cue) is { } frame)
            {
                frames.Add(frame);
            }
        }

        var resolved = ResolveCoordinated(text, quotes, frames);
        foreach (var frame in resolved)
        {
            // A clause reported on the right stops where a later "..., X said." or "and said" frame begins.
            var stop = text.Length;
            foreach (var other in frames)
            {
                if ((other.ContentOnLeft || other.Coordinated) && other.LeftBoundary > frame.Cue.End && other.LeftBoundary < stop)
                {
                    stop = other.LeftBoundary;
                }

                // "... mishandled it, and Democrats accused ...": a new clause with its own speaker.
                if (!other.ContentOnLeft && !other.Coordinated && other.Source.Start > frame.Cue.End
                    && ClauseBoundaryBefore(text, other.Source.Start) is var clause && clause > frame.Cue.End && clause < stop)
                {
                    stop = clause;
                }
            }

            if (!frame.ContentOnLeft && RelativeClauseEnd(text, quotes, frame) is { } relativeEnd && relativeEnd < stop)
            {
                stop = relativeEnd;
            }

            foreach (var a in frame.Build(text, quotes, stop))
            {
                found.Add(a);
            }
        }
    }

    /// <summary>The frames with a speaker for each "and said": the earlier verb's speaker, or the sentence's
    /// subject when no cue comes before it in its sentence. A coordinated verb that continues a reported clause
    /// ("X said that A and added B") is left out.</summary>
    private static List<CueFrame> ResolveCoordinated(string text, QuoteMap quotes, List<CueFrame> frames)
    {
        var resolved = new List<CueFrame>(frames.Count);
        CueFrame? previous = null;
        CueFrame? thatFrame = null;
        foreach (var raw in frames)
        {
            var frame = raw;
            if (frame.Coordinated)
            {
                var sentence = SentenceStart(text, quotes, frame.LeftBoundary);
                if (previous is null || previous.Cue.End < sentence)
                {
                    // "Cruz urged voters to stay home and said ...": the subject speaks.
                    if (SentenceSubject.Find(text, quotes, frame.LeftBoundary) is not { } subject)
                    {
                        continue;
                    }

                    frame = frame with { Source = subject };
                }
                else
                {
                    // "Roberts said that she thinks A but said B": the verb goes with "said that", not "thinks".
                    if (thatFrame is not null && thatFrame.Cue.End >= sentence)
                    {
                        previous = thatFrame;
                    }

                    if (previous.ContentOnLeft || ThatFollows(text, previous.Cue.End))
                    {
                        continue;
                    }

                    frame = frame with { Source = previous.Source, Extent = previous.Extent };
                }
            }

            resolved.Add(frame);
            previous = frame;
            if (!frame.Coordinated && !frame.ContentOnLeft && ThatFollows(text, frame.Cue.End)
                && (thatFrame is null || thatFrame.Cue.End < SentenceStart(text, quotes, frame.Cue.Start)))
            {
                thatFrame = frame;
            }
        }

        return resolved;
    }

    /// <summary>"McConnell, who said the goal was X, stayed quiet": a clause reported inside a relative clause between
    /// commas ends at the comma before the main clause's verb.</summary>
    private static int? RelativeClauseEnd(string text, QuoteMap quotes, CueFrame frame)
    {
        var who = text.LastIndexOf(", who ", frame.Cue.Start, Math.Min(frame.Cue.Start + 1, 40), StringComparison.Ordinal);
        if (who < 0)
        {
            return null;
        }

        var sentenceEnd = SentenceEnd(text, quotes, frame.Cue.End, text.Length);
        for (var j = frame.Cue.End; j < sentenceEnd - 2; j++)
        {
            if (text[j] == ',' && !quotes.IsInside(j))
            {
                var next = Skip(text, j + 1, text.Length);
                var end = next;
                while (end < text.Length && char.IsLower(text[end]))
                {
                    end++;
                }

                var word = text[next..end];
                if (CueLexicon.FiniteVerbs.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)))
                {
                    return j;
                }
            }
        }

        return null;
    }

    private static int ClauseBoundaryBefore(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        if (j >= 0 && text[j] is ',' or ';')
        {
            return j;
        }

        var wordEnd = j + 1;
        while (j >= 0 && char.IsLetter(text[j]))
        {
            j--;
        }

        var word = text[(j + 1)..wordEnd];
        if (word is not ("and" or "but" or "while" or "whereas" or "although" or "though"))
        {
            return -1;
        }

        var k = j;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k >= 0 && text[k] == ',' ? k : j + 1;
    }

    /// <summary>"said that", "said Friday that": a that-clause follows the verb, perhaps behind a short modifier.</summary>
    private static bool ThatFollows(string text, int from)
    {
        var i = Skip(text, from, text.Length);
        for (var words = 0; words < 4 && i < text.Length; words++)
        {
            if (string.CompareOrdinal(text, i, "that ", 0, 5) == 0)
            {
                return true;
            }

            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (end == i || !(CueLexicon.ModifierStarts.Contains(text[i..end]) || char.IsUpper(text[i]) || char.IsDigit(text[i])))
            {
                return false;
            }

            i = Skip(text, end, text.Length);
        }

        return false;
    }

    /// <summary>"“A,” Smith said, adding, “B.”": the second quotation belongs to "adding", not to "said" as well.</summary>
    private static List<FoundAttribution> DropClaimedTails(List<FoundAttribution> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (a.Content.Count < 2)
            {
                continue;
            }

            var kept = a.Content.Where((span, n) => n == 0 || !found.Exists(b => !ReferenceEquals(a, b) && b.Cue != a.Cue && b.Content.Count > 0 && b.Content[0] == span)).ToList();
            if (kept.Count < a.Content.Count)
            {
                found[k] = a with { Content = kept };
            }
        }

        return found;
    }

    private static List<FoundAttribution> MarkNested(List<FoundAttribution> found)
    {
        var result = new List<FoundAttribution>(found.Count);
        foreach (var a in found)
        {
            var nested = false;
            foreach (var b in found)
            {
                if (!ReferenceEquals(a, b) && b.Content.Any(c => c.Contains(a.Cue.Start)))
                {
                    nested = true;
                    break;
                }
            }

            result.Add(nested ? a with { Nested = true } : a);
        }

        result.Sort((x, y) => x.Cue.Start.CompareTo(y.Cue.Start));
        return result;
    }

    /// <summary>Content reported to the right of a cue: a that-clause, a quotation after a colon, or the rest.</summary>
    public static TextSpan? ContentRight(string text, QuoteMap quotes, int from, int stop, bool addressee, bool speech)
    {
        var i = Skip(text, from, stop);
        if (i < stop && text[i] == ':')
        {
            i = Skip(text, i + 1, stop);
        }
        else if (FindOpening(text, i, Math.Min(stop, i + 120)) is { } opening && ModifierAllowed(text[i..opening], addressee))
        {
            i = text[opening] is ':' or ',' ? Skip(text, opening + 1, stop) : opening;
        }

        if (i >= stop || text[i] is '.' or '!' or '?' or ';')
        {
            return null;
        }

        int end;
        if (QuoteMap.IsQuote(text[i]) && quotes.StartingAt(i) is { } q && q.End <= stop)
        {
            end = q.End;
        }
        else
        {
            end = TrimEnd(text, i, SentenceEnd(text, quotes, i, stop));
            var participle = CueLexicon.Participle().Match(text, i, end - i);
            while (participle.Success && quotes.IsInside(participle.Index))
            {
                participle = participle.NextMatch();
            }

            if (participle.Success)
            {
                end = participle.Index;
            }

            end = ClauseEnd.Find(text, quotes, i, end, speech);
        }

        return end > i ? new TextSpan(i, end) : null;
    }

    /// <summary>Where the sentence that holds <paramref name="position"/> begins: just after the last stop before it.</summary>
    public static int SentenceStart(string text, QuoteMap quotes, int position)
    {
        for (var j = position - 1; j > 0; j--)
        {
            if (text[j - 1] is '.' or '!' or '?' && char.IsWhiteSpace(text[j]) && !quotes.IsInside(j - 1)
                && !SpeakerPhrase.EndsAbbreviation(text, j - 1, 0))
            {
                return j;
            }
        }

        return 0;
    }

    /// <summary>The end of the sentence that contains <paramref name="from"/> (a unit may hold several).</summary>
    public static int SentenceEnd(string text, QuoteMap quotes, int from, int stop)
    {
        for (var j = from; j < stop - 1; j++)
        {
            if (text[j] is '.' or '!' or '?' && char.IsWhiteSpace(text[j + 1]) && !quotes.IsInside(j) && !SpeakerPhrase.EndsAbbreviation(text, j, from))
            {
                return j + 1;
            }
        }

        return stop;
    }

    /// <summary>The end of a clause: trailing spaces and the sentence's final stop removed.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';'))
        {
            end--;
        }

        if (end > start && text[end - 1] is '.' or '!' or '?' or ':')
        {
            end--;
        }

        return end;
    }

    public static int Skip(string text, int i, int stop)
    {
        while (i < stop && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The last non-space position before <paramref name="start"/>, or -1.</summary>
    public static int Before(string text, int start)
    {
        var j = start - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        return j;
    }

    /// <summary>True when <paramref name="boundary"/> is a quotation's closing mark, or the comma right after one.</summary>
    public static bool AfterClosingQuote(string text, int boundary) =>
        boundary >= 0 && boundary < text.Length
        && (QuoteMap.IsQuote(text[boundary]) || (text[boundary] == ',' && boundary > 0 && QuoteMap.IsQuote(text[boundary - 1])));

    /// <summary>True when the quote marks enclose the whole span (a trailing comma or stop may follow).</summary>
    public static bool IsQuotation(string text, QuoteMap quotes, TextSpan span)
    {
        var s = Skip(text, span.Start, span.End);
        var e = span.End;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or '.'))
        {
            e--;
        }

        return s < e && QuoteMap.IsQuote(text[s]) && quotes.StartingAt(s) is { } q && q.End >= e && q.End - q.Start > 2;
    }

    private static int? FindOpening(string text, int from, int limit)
    {
        for (var j = from; j < limit; j++)
        {
            var c = text[j];
            // "told MSNBC's "Morning Joe" that ...": a quoted title after a possessive names a show, it is not speech.
            if (c is '“' or '"' && j - from > 3 && text[j - 1] == ' ' && text[j - 2] == 's' && text[j - 3] is '\'' or '’')
            {
                continue;
            }

            if (c == ':' || c == '“' || (c == '"' && (j == from || text[j - 1] is ' ' or ',' or ':')))
            {
                return j;
            }

            if (c is '.' or ';' or '(' || (c == ',' && !(j + 2 < limit && QuoteMap.IsQuote(text[Skip(text, j + 1, limit)]))))
            {
                break;
            }

            if (c == 't' && string.CompareOrdinal(text, j, "that", 0, 4) == 0 && (j == from || text[j - 1] == ' ')
                && (j + 4 >= text.Length || !char.IsLetter(text[j + 4])))
            {
                return j;
            }
        }

        return null;
    }

    private static bool ModifierAllowed(string modifier, bool addressee)
    {
        var trimmed = modifier.Trim().TrimEnd(',').Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 12 || trimmed.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        return CueLexicon.ModifierStarts.Contains(words[0]) || (addressee && words.Length <= 7);
    }
}
