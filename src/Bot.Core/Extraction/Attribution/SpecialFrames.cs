namespace Bot.Core.Extraction.Attribution;

/// <summary>Attribution frames that are not a plain cue verb: "X quoted Y as saying", passives with
/// "by", "the report was that" and "according to X".</summary>
internal static class SpecialFrames
{
    public static void QuotedAsSaying(string text, QuoteMap quotes, List<FoundAttribution> found, HashSet<int> usedCues)
    {
        foreach (System.Text.RegularExpressions.Match m in CueLexicon.QuotedAsSaying().Matches(text))
        {
            if (quotes.IsInside(m.Index))
            {
                continue;
            }

            var speakerGroup = m.Groups["speaker"];
            var speaker = new TextSpan(speakerGroup.Index, speakerGroup.Index + speakerGroup.Length);
            var via = SpeakerPhrase.LeftOf(text, m.Index, 0, out _);
            var cueGroup = m.Groups["cue"];
            var cue = new TextSpan(m.Index, m.Index + "quoted".Length);
            usedCues.Add(cueGroup.Index);
            usedCues.Add(m.Index);
            if (AttributionFinder.ContentRight(text, quotes, m.Index + m.Length, text.Length, false, true) is { } content)
            {
                found.Add(new FoundAttribution(speaker, cue, [content], via, AttributionFinder.IsQuotation(text, quotes, content)));
            }
        }
    }

    public static void Passive(string text, QuoteMap quotes, List<FoundAttribution> found, HashSet<int> usedCues)
    {
        foreach (System.Text.RegularExpressions.Match m in CueLexicon.PassiveBy().Matches(text))
        {
            if (quotes.IsInside(m.Index))
            {
                continue;
            }

            var cueGroup = m.Groups["cue"];
            usedCues.Add(cueGroup.Index);
            var speaker = SpeakerPhrase.RightOf(text, m.Index + m.Length, text.Length);
            var subject = SpeakerPhrase.LeftOf(text, m.Index, 0, out _);
            if (speaker is { } s && subject is { } content)
            {
                var cue = new TextSpan(cueGroup.Index, cueGroup.Index + cueGroup.Length);
                found.Add(new FoundAttribution(s, cue, [content], null, false));
            }
        }
    }

    public static void ReportWasThat(string text, QuoteMap quotes, List<FoundAttribution> found, HashSet<int> usedCues)
    {
        foreach (System.Text.RegularExpressions.Match m in CueLexicon.WasThat().Matches(text))
        {
            if (quotes.IsInside(m.Index) || SpeakerPhrase.LeftOf(text, m.Index, 0, out _) is not { } speaker
                || !CueLexicon.ReportNounAtEnd().IsMatch(speaker.Of(text)))
            {
                continue;
            }

            var cueGroup = m.Groups["cue"];
            var cue = new TextSpan(cueGroup.Index, cueGroup.Index + cueGroup.Length);
            usedCues.Add(cue.Start);
            var thatAt = m.Index + m.Length - "that".Length;
            var end = AttributionFinder.TrimEnd(text, thatAt, text.Length);
            if (end > thatAt + 4)
            {
                found.Add(new FoundAttribution(speaker, cue, [new TextSpan(thatAt, end)], null, false));
            }
        }
    }

    /// <summary>"Lee's claim that the dam leaks", "his disdain for the plan": the possessor holds the view the noun names.</summary>
    public static List<FoundAttribution> PossessiveNouns(string text, QuoteMap quotes, HashSet<int> usedCues)
    {
        var found = new List<FoundAttribution>();
        foreach (System.Text.RegularExpressions.Match m in CueLexicon.PossessiveNoun().Matches(text))
        {
            var cueGroup = m.Groups["cue"];
            var sourceGroup = m.Groups["source"];
            if (quotes.IsInside(m.Index))
            {
                continue;
            }

            // "her remarks about": the noun, so no verb frame reads "remarks" as a verb.
            usedCues.Add(cueGroup.Index);
            var cue = new TextSpan(cueGroup.Index, cueGroup.Index + cueGroup.Length);
            if (AttributionFinder.ContentRight(text, quotes, cue.End, text.Length, false, false) is { } content)
            {
                var source = new TextSpan(sourceGroup.Index, sourceGroup.Index + sourceGroup.Length);
                found.Add(new FoundAttribution(source, cue, [content], null, AttributionFinder.IsQuotation(text, quotes, content)));
            }
        }

        return found;
    }

    /// <summary>"with Lee arguing that ...", "footage of Lee saying ...": the noun before the participle speaks.</summary>
    public static void WithParticiples(string text, QuoteMap quotes, List<FoundAttribution> found)
    {
        foreach (System.Text.RegularExpressions.Match m in CueLexicon.WithParticiple().Matches(text))
        {
            var cueGroup = m.Groups["cue"];
            var cue = new TextSpan(cueGroup.Index, cueGroup.Index + cueGroup.Length);
            if (quotes.IsInside(m.Index) || found.Exists(f => f.Cue.End == cue.End))
            {
                continue;
            }

            var speakerGroup = m.Groups["speaker"];
            if (AttributionFinder.ContentRight(text, quotes, cue.End, text.Length, CueLexicon.AddresseeVerbs.Contains(cueGroup.Value), true) is { } content)
            {
                var speaker = new TextSpan(speakerGroup.Index, speakerGroup.Index + speakerGroup.Length);
                found.Add(new FoundAttribution(speaker, cue, [content], null, AttributionFinder.IsQuotation(text, quotes, content)));
            }
        }
    }

    public static void AccordingTo(string text, QuoteMap quotes, List<FoundAttribution> found)
    {
        foreach (var m in CueLexicon.AccordingTo().EnumerateMatches(text))
        {
            if (quotes.IsInside(m.Index) || SpeakerPhrase.RightOf(text, m.Index + m.Length, text.Length) is not { } speaker)
            {
                continue;
            }

            var cue = new TextSpan(m.Index, m.Index + m.Length);
            TextSpan? extent = null;
            if (Appositives.NameAfterDescription(text, speaker) is { } named)
            {
                extent = new TextSpan(speaker.Start, named.End);
                speaker = named;
            }

            var spans = new List<TextSpan>();
            var before = m.Index;
            while (before > 0 && (char.IsWhiteSpace(text[before - 1]) || text[before - 1] is ',' or '—' or '('))
            {
                before--;
            }

            var leftStart = AttributionFinder.Skip(text, 0, before);
            if (before - leftStart > 8)
            {
                spans.Add(new TextSpan(leftStart, before));
            }

            var after = extent?.End ?? speaker.End;
            if (after < text.Length && text[after] is ',' or ')' or '—')
            {
                var rightStart = AttributionFinder.Skip(text, after + 1, text.Length);
                var rightEnd = AttributionFinder.TrimEnd(text, rightStart, text.Length);
                if (rightEnd - rightStart > 8)
                {
                    spans.Add(new TextSpan(rightStart, rightEnd));
                }
            }

            if (spans.Count > 0)
            {
                found.Add(new FoundAttribution(speaker, cue, spans, null, false) { SourceExtent = extent });
            }
        }
    }

    /// <summary>"The senator backed the bill, saying ...": a participle whose speaker is the clause's subject.</summary>
    public static void SubjectParticiples(string text, QuoteMap quotes, List<FoundAttribution> found)
    {
        foreach (System.Text.RegularExpressions.Match m in CueLexicon.Participle().Matches(text))
        {
            var cueGroup = m.Groups["cue"];
            var cue = new TextSpan(cueGroup.Index, cueGroup.Index + cueGroup.Length);
            if (quotes.IsInside(m.Index) || found.Exists(f => f.Cue == cue || f.Content.Any(c => c.Contains(cue.Start)))
                || Subject(text, m.Index) is not { } subject)
            {
                continue;
            }

            if (AttributionFinder.ContentRight(text, quotes, cue.End, text.Length, CueLexicon.AddresseeVerbs.Contains(cueGroup.Value), true) is { } content)
            {
                found.Add(new FoundAttribution(subject, cue, [content], null, AttributionFinder.IsQuotation(text, quotes, content)));
            }
        }
    }

    /// <summary>"After saying her foot was swollen, she was taken ..." and "Dean began by saying he would ...": the
    /// speaker is the subject of the clause the participle hangs on.</summary>
    public static void PrepositionParticiples(string text, QuoteMap quotes, List<FoundAttribution> found)
    {
        foreach (System.Text.RegularExpressions.Match m in CueLexicon.PrepositionParticiple().Matches(text))
        {
            var cueGroup = m.Groups["cue"];
            var cue = new TextSpan(cueGroup.Index, cueGroup.Index + cueGroup.Length);
            if (quotes.IsInside(m.Index) || found.Exists(f => f.Cue == cue || f.Content.Any(c => c.Contains(cue.Start))))
            {
                continue;
            }

            var opens = AttributionFinder.SentenceStart(text, quotes, m.Index) is var sentence
                && AttributionFinder.Skip(text, sentence, m.Index) == m.Index;
            var stop = text.Length;
            TextSpan? speaker;
            if (opens)
            {
                // The participle clause opens the sentence; the subject follows its comma.
                var comma = NextCommaOutsideQuotes(text, quotes, cue.End);
                if (comma < 0)
                {
                    continue;
                }

                stop = QuoteMap.IsQuote(text[comma]) ? comma + 1 : comma;
                speaker = SubjectAfter(text, AttributionFinder.Skip(text, comma + 1, text.Length));
            }
            else
            {
                speaker = SentenceSubject.Find(text, quotes, m.Index);
            }

            if (speaker is { } source
                && AttributionFinder.ContentRight(text, quotes, cue.End, stop, CueLexicon.AddresseeVerbs.Contains(cueGroup.Value), true) is { } content)
            {
                found.Add(new FoundAttribution(source, cue, [content], null, AttributionFinder.IsQuotation(text, quotes, content)));
            }
        }
    }

    /// <summary>The pronoun or the capitalised name that opens the main clause.</summary>
    private static TextSpan? SubjectAfter(string text, int at)
    {
        var end = at;
        var words = 0;
        while (end < text.Length && char.IsUpper(text[end]) && words < 5)
        {
            var wordEnd = Appositives.NextSpace(text, end, text.Length);
            if (text[wordEnd - 1] == ',')
            {
                return words == 0 ? null : new TextSpan(at, AttributionFinder.TrimEnd(text, at, wordEnd));
            }

            end = AttributionFinder.Skip(text, wordEnd, text.Length);
            words++;
        }

        if (words > 0)
        {
            return new TextSpan(at, AttributionFinder.Before(text, end) + 1);
        }

        var first = new TextSpan(at, Appositives.NextSpace(text, at, text.Length));
        return SpeakerPhrase.Clean(text, first) is "he" or "she" or "they" or "we" or "i" ? first : null;
    }

    private static int NextCommaOutsideQuotes(string text, QuoteMap quotes, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] == ',' && !quotes.IsInside(j))
            {
                return j;
            }

            // "... get my shoe on,” she was": the comma inside the closing quotation ends the clause.
            if (text[j] == ',' && j + 1 < text.Length && text[j + 1] is '”' or '"' && quotes.IsInside(j))
            {
                return j + 1;
            }

            if (text[j] is '.' or '!' or '?' && !quotes.IsInside(j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The noun phrase that opens the clause, up to its first verb-like word.</summary>
    private static TextSpan? Subject(string text, int limit)
    {
        var words = new List<TextSpan>();
        var i = 0;
        while (i < limit && words.Count < 8)
        {
            i = AttributionFinder.Skip(text, i, limit);
            var start = i;
            while (i < limit && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var word = new TextSpan(start, i);
            var clean = SpeakerPhrase.Clean(text, word);
            if (words.Count == 0 && CueLexicon.LeadingFillers.Contains(clean))
            {
                continue;
            }

            if (text[start..i].EndsWith(',') || (char.IsLower(text[start]) && (clean.EndsWith("ed", StringComparison.Ordinal) || CueLexicon.ClauseWords.Contains(clean))))
            {
                break;
            }

            words.Add(word);
        }

        return words.Count > 0 && i < limit && SpeakerPhrase.IsSpeaker(text, words, 0, words.Count)
            ? new TextSpan(words[0].Start, words[^1].End)
            : null;
    }

    /// <summary>"“...” ― Jane Doe.": a quotation signed with its speaker's name after a dash.</summary>
    public static void SignedQuotes(string text, List<FoundAttribution> found)
    {
        var from = 0;
        foreach (System.Text.RegularExpressions.Match m in CueLexicon.Signature().Matches(text))
        {
            var closing = m.Index;
            var start = AttributionFinder.Skip(text, from, closing);
            if (closing - start > 3)
            {
                var name = m.Groups["name"];
                var dash = m.Groups["dash"];
                var nameEnd = name.Index + name.Length;
                if (text[nameEnd - 1] == '.' && !(nameEnd - 2 > name.Index && char.IsUpper(text[nameEnd - 2]) && text[nameEnd - 3] == ' '))
                {
                    nameEnd--;
                }

                found.Add(new FoundAttribution(
                    new TextSpan(name.Index, nameEnd),
                    new TextSpan(dash.Index, dash.Index + dash.Length),
                    [new TextSpan(start, closing + 1)],
                    null,
                    true));
            }

            from = m.Index + m.Length;
        }
    }
}
