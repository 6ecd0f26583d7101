namespace Bot.Core.Extraction.Attribution;

/// <summary>How one cue verb sits in its sentence: speaker on the left and content on the right
/// ("X said that ..."), content on the left ("..., X said."), or inverted ("..., said X.").</summary>
internal sealed record CueFrame(TextSpan Cue, TextSpan Source, bool ContentOnLeft, int LeftBoundary, bool Addressee)
{
    /// <summary>The speaker with its appositive ("Jane Doe, a lawyer for the firm"), when there is one.</summary>
    public TextSpan? Extent { get; init; }

    /// <summary>"The museum, he said, will open in May": the content runs on after the speaker.</summary>
    public bool Interjected { get; init; }

    /// <summary>"While a judge found that X, the ruling stood": the content ends with the clause.</summary>
    public bool InSubordinateClause { get; init; }

    private static readonly string[] Subordinators = ["While", "while", "Although", "although", "Though", "though", "When", "when", "After", "after", "Because", "because", "If", "if", "Since", "since", "Whereas", "whereas"];

    /// <summary>"X said ... and added ...": the speaker is the previous frame's.</summary>
    public bool Coordinated { get; init; }

    /// <summary>Where content on the right begins, when the speaker stands between it and the cue ("Said Ellis: ...").</summary>
    public int? ContentFrom { get; init; }

    public static CueFrame? Read(string text, QuoteMap quotes, TextSpan cue)
    {
        var cueWord = cue.Of(text);
        if (PluralNounUse(text, cue, cueWord) || OtherPhrasalVerb(text, cue))
        {
            return null;
        }

        // "Said Ellis: "I don't get the sense ..."": the verb opens the sentence, the speaker and a quotation follow.
        if (char.IsUpper(cueWord[0]) && CueLexicon.SpeechVerbs.Contains(cueWord) && OpensSentence(text, cue.Start)
            && SpeakerPhrase.RightOf(text, cue.End, text.Length) is { } opener && opener.End < text.Length && text[opener.End] is ':' or ','
            && FrameTail.QuotationFollows(text, opener.End))
        {
            return new CueFrame(cue, opener, false, -1, false) { ContentFrom = opener.End };
        }

        var addressee = CueLexicon.AddresseeVerbs.Contains(cueWord);
        var left = SpeakerPhrase.LeftOf(text, cue.Start, 0, out var boundary);
        var afterComma = boundary >= 0 && IsClauseEnd(text, boundary) && HasWords(text, 0, boundary);
        if (left is { } speaker)
        {
            var named = Appositives.NameBeforeAppositive(text, speaker, boundary) ?? Appositives.NameBeforeResidence(text, speaker.End);
            var source = named ?? speaker;
            var from = named is null ? boundary : AttributionFinder.Before(text, named.Value.Start);
            var contentBefore = from >= 0 && IsClauseEnd(text, from) && HasWords(text, 0, from);
            // "..., while 73 percent said ...": a word between the comma and the speaker opens a new clause.
            var afterQuote = AttributionFinder.AfterClosingQuote(text, from) && !HasWords(text, from + 1, source.Start)
                && !QuotedTitleInOpening(text, quotes, from);
            var interjected = contentBefore && !afterQuote && text[from] == ',' && FrameTail.CommaFollows(text, cue.End);
            var onLeft = contentBefore && (afterQuote || (!IsStance(cueWord) && (interjected || FrameTail.TailIsEnd(text, quotes, cue.End, addressee))));

            // "Asked about it, Smith said, "No."": the quotation after the verb is what was said.
            if (onLeft && !afterQuote && FrameTail.QuotationFollows(text, cue.End))
            {
                onLeft = false;
            }

            return new CueFrame(cue, source, onLeft, onLeft ? from : boundary, addressee)
            {
                Extent = named is null ? null : AppositiveExtent(text, named.Value, named.Value.Start, speaker.End),
                Interjected = interjected && onLeft,
                InSubordinateClause = !onLeft && Subordinators.Any(w => PrecededBy(text, source.Start, w) is not null),
            };
        }

        // "... and said", "... and vowed to": a verb that shares an earlier verb's subject.
        if (Coordinator(text, cue.Start) is { } and && !quotes.IsInside(and))
        {
            return new CueFrame(cue, default, false, and, addressee) { Coordinated = true };
        }

        if (Appositives.NameBeforeDashedAside(text, cue.Start) is { } dashed)
        {
            return new CueFrame(cue, dashed.Name, false, dashed.Dash, addressee) { Extent = new TextSpan(dashed.Name.Start, AttributionFinder.TrimEnd(text, dashed.Name.Start, cue.Start)) };
        }

        if (!afterComma || !OnlyAuxiliariesBetween(text, boundary + 1, cue.Start))
        {
            return null;
        }

        // "Jane Doe, a lawyer for the firm, said the ...": a sentence that opens with a name and its appositive has
        // its speaker there, whatever follows the verb.
        var appositive = Appositives.Appositive(text, boundary);
        if (appositive is { } opening && OpensSentence(text, opening.ExtentStart) && Appositives.AllCapitalised(text, opening.Name))
        {
            return new CueFrame(cue, opening.Name, false, boundary, addressee) { Extent = AppositiveExtent(text, opening.Name, opening.ExtentStart, boundary) };
        }

        // ""It is an overreach," Tom Hale, the state's treasurer, said at a forum": the quotation before the name
        // and its appositive is what was said.
        if (Appositives.NameAfterQuotation(text, boundary) is { } quoted && HasWords(text, 0, quoted.QuoteEnd))
        {
            return new CueFrame(cue, quoted.Name, true, quoted.QuoteEnd, addressee) { Extent = new TextSpan(quoted.Name.Start, boundary) };
        }

        // "..., said Mr. Smith." and ""...," reported Reuters.": the speaker follows the verb.
        if ((CueLexicon.SpeechVerbs.Contains(cueWord) || AttributionFinder.AfterClosingQuote(text, boundary))
            && SpeakerPhrase.RightOf(text, cue.End, text.Length) is { } inverted
            && !Appositives.OpensWithModifier(text, inverted, fillers: false))
        {
            if (FrameTail.TailIsEnd(text, quotes, inverted.End))
            {
                // "..., said Luis Ortega, who heads the port.": annotators take the relative clause with the name.
                var described = DescribedAfter(text, inverted.End) ? Appositives.AppositiveEnd(text, inverted.End) : null;
                return new CueFrame(cue, inverted, true, boundary, addressee) { Extent = described is { } e ? new TextSpan(inverted.Start, e) : null };
            }

            // "..., said Tusk, summing up the talks": a participle adds the occasion, not a description of the speaker.
            if (ParticipleAfter(text, inverted.End))
            {
                return new CueFrame(cue, inverted, true, boundary, addressee);
            }

            if (Appositives.AppositiveEnd(text, inverted.End) is { } appositiveEnd)
            {
                return new CueFrame(cue, inverted, true, boundary, addressee) { Extent = new TextSpan(inverted.Start, appositiveEnd) };
            }
        }

        // "Mr. Smith, the company's lawyer, said that ...": the name before the appositive.
        return appositive is { } name
            ? new CueFrame(cue, name.Name, false, boundary, addressee) { Extent = AppositiveExtent(text, name.Name, name.ExtentStart, boundary) }
            : null;
    }

    /// <summary>The name with what stands between it and the verb, unless that is an aside of the occasion
    /// ("Lee, speaking to farmers, said", "Lee, at a later briefing, said"): annotators leave those out of the speaker.</summary>
    private static TextSpan? AppositiveExtent(string text, TextSpan name, int extentStart, int boundary)
    {
        var comma = text.IndexOf(',', name.End, boundary - name.End);
        if (comma >= 0)
        {
            var start = AttributionFinder.Skip(text, comma + 1, boundary);
            var word = SpeakerPhrase.Clean(text, new TextSpan(start, Appositives.NextSpace(text, start, boundary)));
            var occasion = word is "at" or "during" or "after" or "before" or "while" or "when"
                || (word is "in" or "on" && !text.AsSpan(start).StartsWith("in particular", StringComparison.Ordinal))
                || (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && word != "including");
            if (occasion)
            {
                return null;
            }
        }

        return new TextSpan(extentStart, boundary);
    }

    private static bool ParticipleAfter(string text, int at)
    {
        if (at >= text.Length || text[at] != ',')
        {
            return false;
        }

        var start = AttributionFinder.Skip(text, at + 1, text.Length);
        var word = SpeakerPhrase.Clean(text, new TextSpan(start, Appositives.NextSpace(text, start, text.Length)));
        return word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && word != "including" && char.IsLower(text[start]);
    }

    /// <summary>A comma and a relative pronoun or an article: a description of the name before it follows.</summary>
    private static bool DescribedAfter(string text, int at)
    {
        if (at >= text.Length || text[at] != ',')
        {
            return false;
        }

        var start = AttributionFinder.Skip(text, at + 1, text.Length);
        var word = SpeakerPhrase.Clean(text, new TextSpan(start, Appositives.NextSpace(text, start, text.Length)));
        // "said Kamin, who stressed that ...": a relative clause that reports a statement of its own is not a description.
        var end = text.IndexOfAny(['.', '!', '?'], start) is var stop and >= 0 ? stop : text.Length;
        return word is "a" or "an" or "the" || (word is "who" or "whose" && !text.AsSpan(start, end - start).Contains(" that ", StringComparison.Ordinal));
    }

    /// <summary>"On CBS's "Face the Nation," Ryan said ...": the quotation before the comma is a title inside an opening
    /// modifier, not what was said.</summary>
    private static bool QuotedTitleInOpening(string text, QuoteMap quotes, int boundary)
    {
        var close = text[boundary] == ',' ? boundary - 1 : boundary;
        var region = quotes.Regions.FirstOrDefault(r => r.End == close + 1);
        if (region.End == 0 || FrameTail.OpensSentence(text, region.Start))
        {
            return false;
        }

        var start = FrameTail.ClauseStart(text, quotes, region.Start);
        var first = SpeakerPhrase.Clean(text, new TextSpan(start, Appositives.NextSpace(text, start, region.Start)));
        return CueLexicon.ModifierStarts.Contains(first)
            && (!text[start..region.Start].Contains(',', StringComparison.Ordinal) || IsTitleCase(text, region));
    }

    /// <summary>"Make Your Kid a Millionaire": a short quotation in title case (small words aside) names a work.</summary>
    private static bool IsTitleCase(string text, TextSpan region)
    {
        var words = text[(region.Start + 1)..(region.End - 1)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 8 && char.IsUpper(words[0][0])
            && words.All(w => char.IsUpper(w[0]) || w.TrimEnd(',') is "a" or "an" or "the" or "for" or "of" or "to" or "in" or "on" or "and" or "or" or "at" or "by" or "with");
    }

    // Cue forms in -s that are also plural nouns ("battleground states could", "initial reports of").
    private static readonly HashSet<string> NounLikeCues = new(StringComparer.Ordinal)
    {
        "states", "reports", "plans", "claims", "calls", "notes", "shows", "tweets", "charges", "demands", "hopes", "fears",
        "promises", "pledges", "doubts", "questions", "comments", "estimates", "forecasts", "signals", "worries", "counters",
        "replies", "concerns", "proposals", "releases", "threats", "vows", "warnings", "responses", "statements",
    };

    // Words that cannot follow a verb of saying but do follow a plural subject: a modal, an auxiliary, "of", "led".
    private static readonly HashSet<string> AfterPluralSubject = new(StringComparer.Ordinal)
    {
        "could", "would", "should", "can", "will", "may", "might", "must", "are", "were", "have", "had", "do", "don't", "did",
        "didn't", "aren't", "weren't", "of", "led", "trump", "remain", "suggest", "show", "say", "indicate", "like",
    };

    // Particles that make a phrasal verb of another meaning: "back down", "called off", "saw away", "called into".
    private static readonly HashSet<string> ParticlesOfOtherMeaning = new(StringComparer.Ordinal) { "down", "off", "away", "into" };

    /// <summary>"We will not back down": the cue word with such a particle is not a verb of stance or speech.</summary>
    private static bool OtherPhrasalVerb(string text, TextSpan cue)
    {
        var next = AttributionFinder.Skip(text, cue.End, text.Length);
        var end = next;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > next && ParticlesOfOtherMeaning.Contains(text[next..end]);
    }

    /// <summary>"The vote in several battleground states could be decisive": the cue is a noun, the subject of what
    /// follows.</summary>
    private static bool PluralNounUse(string text, TextSpan cue, string cueWord)
    {
        if (!NounLikeCues.Contains(cueWord))
        {
            return false;
        }

        var next = AttributionFinder.Skip(text, cue.End, text.Length);
        var end = next;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’'))
        {
            end++;
        }

        return end > next && AfterPluralSubject.Contains(text[next..end].Replace('’', '\''));
    }

    // "But Megan Hester, a director, said ...": only words that introduce the clause come before the name.
    private static bool OpensSentence(string text, int start)
    {
        var j = AttributionFinder.Skip(text, Dateline.End(text), text.Length);
        while (j < start)
        {
            var end = Appositives.NextSpace(text, j, start);
            if (!CueLexicon.LeadingFillers.Contains(SpeakerPhrase.Clean(text, new TextSpan(j, end))))
            {
                return false;
            }

            j = AttributionFinder.Skip(text, end, start);
        }

        return j == start;
    }

    /// <summary>"and said", "but has since said": the coordinating word before the verb and its auxiliaries.</summary>
    private static int? Coordinator(string text, int cueStart)
    {
        var at = cueStart;
        for (var words = 0; words < 3; words++)
        {
            if ((PrecededBy(text, at, "and") ?? PrecededBy(text, at, "but")) is { } coordinator)
            {
                return coordinator;
            }

            var previous = AttributionFinder.Before(text, at);
            var start = previous;
            while (start >= 0 && char.IsLetter(text[start]))
            {
                start--;
            }

            if (start == previous || !CueLexicon.Auxiliaries.Contains(text[(start + 1)..(previous + 1)]))
            {
                return null;
            }

            at = start + 1;
        }

        return null;
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

    private static bool PlaceOrAgentFirst(string text, int start)
    {
        var word = SpeakerPhrase.Clean(text, new TextSpan(start, Appositives.NextSpace(text, start, text.Length)));
        return word is "at" or "in" or "from" or "by";
    }

    // "is backing": the cue's last word is its verb.
    private static bool IsStance(string cue) => CueLexicon.StanceVerbs.Contains(cue[(cue.LastIndexOf(' ') + 1)..]);

    // "has also said": the cue's last word is its verb.
    private static bool IsSpeech(string cue) => CueLexicon.SpeechVerbs.Contains(cue[(cue.LastIndexOf(' ') + 1)..]);

    public IEnumerable<FoundAttribution> Build(string text, QuoteMap quotes, int stop)
    {
        if (ContentOnLeft)
        {
            var leftEnd = QuoteMap.IsQuote(text[LeftBoundary]) ? LeftBoundary + 1 : LeftBoundary;
            var start = FrameTail.ClauseStart(text, quotes, leftEnd);
            var spans = new List<TextSpan> { new(start, leftEnd) };
            var tailFrom = Math.Max(Cue.End, Source.End);
            if (FrameTail.Continuation(text, quotes, Math.Max(tailFrom, Extent?.End ?? 0)) is { } more)
            {
                spans.Add(more);
            }
            else if (Interjected && text.IndexOf(',', tailFrom) is var comma and >= 0)
            {
                var rest = AttributionFinder.Skip(text, comma + 1, text.Length);
                var restEnd = AttributionFinder.TrimEnd(text, rest, AttributionFinder.SentenceEnd(text, quotes, rest, text.Length));
                if (restEnd > rest)
                {
                    spans.Add(new TextSpan(rest, restEnd));
                }
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

        if (InSubordinateClause)
        {
            for (var j = Cue.End; j < stop; j++)
            {
                if (text[j] == ',' && !quotes.IsInside(j))
                {
                    stop = j;
                    break;
                }
            }
        }

        if (AttributionFinder.ContentRight(text, quotes, ContentFrom ?? Cue.End, stop, Addressee, IsSpeech(Cue.Of(text))) is not { } content)
        {
            // "The governor added:" ends its paragraph: what was said is the next one, joined by the article reader.
            if (text.AsSpan(Cue.End).Trim().SequenceEqual(":"))
            {
                yield return new FoundAttribution(Source, Cue, [], null, false) { SourceExtent = Extent };
            }

            yield break;
        }

        // "sang at church", "detailed in its filings": a verb of stance with only a place or an agent after it takes no stance.
        if (IsStance(Cue.Of(text)) && PlaceOrAgentFirst(text, content.Start))
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
        if (AttributionFinder.ContentRight(text, quotes, cueSpan.End, stop, CueLexicon.AddresseeVerbs.Contains(cue.Value), IsSpeech(cue.Value)) is { } content)
        {
            yield return new FoundAttribution(Source, cueSpan, [content], null, AttributionFinder.IsQuotation(text, quotes, content));
        }
    }

    private static bool IsClauseEnd(string text, int boundary) =>
        text[boundary] is ',' or '—' or '–' || QuoteMap.ClosesAfterPunctuation(text, boundary, 0, ",!?.");

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

    /// <summary>"Lee, in particular, has sharply criticized": only auxiliaries and adverbs in -ly between.</summary>
    private static bool OnlyAuxiliariesBetween(string text, int from, int to)
    {
        var words = text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => CueLexicon.Auxiliaries.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && w.All(char.IsLower)));
    }
}
