namespace Bot.Core.Extraction.Attribution;

/// <summary>Finds the noun phrase that names a speaker next to a cue, by shallow rules: no parser,
/// only punctuation, a few closed word classes and capitalisation.</summary>
internal static class SpeakerPhrase
{
    private const int MaxWords = 12;

    private const string CleanTrim = "\"“”'‘’,.;:()";

    /// <summary>The speaker phrase ending just before <paramref name="cueStart"/> (auxiliaries skipped).</summary>
    /// <param name="boundary">Index of the punctuation that bounds the phrase on the left, or -1 at the start.</param>
    public static TextSpan? LeftOf(string text, int cueStart, int floor, out int boundary)
    {
        var words = WordsBackFrom(text, cueStart, floor, out boundary);
        var end = words.Count;
        while (end > 0 && (CueLexicon.Auxiliaries.Contains(Clean(text, words[end - 1])) || IsMannerAdverb(text, words, end - 1)))
        {
            end--;
        }

        // "McConnell, who in 2010 said ...": a time between the speaker and the verb.
        if (end >= 3 && Clean(text, words[end - 2]) is "in" or "on" or "last" or "this" && IsTime(Clean(text, words[end - 1])))
        {
            end -= 2;
        }

        if (end == 0)
        {
            return null;
        }

        var lastWord = Clean(text, words[end - 1]);
        // "A few days ago in an interview with RT he blasted ...": a pronoun next to the verb is the whole subject.
        if (lastWord is "who" or "which" or "he" or "she" or "they" or "we" or "i")
        {
            return new TextSpan(words[end - 1].Start, words[end - 1].End);
        }

        // "he's sought", "they've called for": the pronoun, with its auxiliary contracted onto it.
        if (ContractedPronoun(lastWord) is { } pronoun)
        {
            var from = words[end - 1].Start;
            while (CleanTrim.Contains(text[from]))
            {
                from++;
            }

            return new TextSpan(from, from + pronoun);
        }

        var start = end - 1;
        while (start > 0 && !IsStop(text, words, start - 1) && end - start < MaxWords + 1)
        {
            start--;
        }

        if (start > 0 && !IsStop(text, words, start - 1))
        {
            return null;
        }

        start = CoordinatedSubjectStart(text, words, start, end, boundary);
        while (start < end - 1 && CueLexicon.LeadingFillers.Contains(Clean(text, words[start])) && !IsCapitalisedName(text, words, start))
        {
            start++;
        }

        // "..., which advocates say": the relative pronoun opens the clause; the speaker follows it.
        if (start < end - 1 && Clean(text, words[start]) is "which" or "who" or "whom")
        {
            start++;
        }

        if (OpeningModifierEnd(text, words, start, end) is not { } subject)
        {
            return null;
        }

        start = subject;
        var span = new TextSpan(words[start].Start, words[end - 1].End);
        return IsSpeaker(text, words, start, end) ? span : null;
    }

    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.Ordinal) { "in", "on", "at", "during", "after", "before", "since", "with", "from" };

    private static readonly HashSet<string> SubjectStarts = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "we" };

    /// <summary>"In a radio interview Lee said", "In the next weeks the campaign plans": a phrase that opens with a
    /// preposition holds an opening modifier, and the subject is its last noun phrase: from its last determiner,
    /// else the capitalised name after a lower-case word; null when neither stands there.</summary>
    private static int? OpeningModifierEnd(string text, List<TextSpan> words, int start, int end)
    {
        // Before a comma the phrase is read as a name with an appositive after it, where an opening modifier is left whole.
        var after = words[^1].End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (end - start < 3 || !OpeningPrepositions.Contains(Clean(text, words[start])) || (after < text.Length && text[after] == ','))
        {
            return start;
        }

        for (var k = end - 1; k > start + 1; k--)
        {
            if (SubjectStarts.Contains(Clean(text, words[k])))
            {
                return k;
            }
        }

        var name = end;
        while (name > start + 1 && char.IsUpper(text[words[name - 1].Start]))
        {
            name--;
        }

        return name < end && name > start + 1 && char.IsLower(text[words[name - 1].Start]) ? name : null;
    }

    /// <summary>"The mayor and her aides said": when the sentence opens with two noun phrases joined by "and", the
    /// speaker is both; "..., and the union said" after a comma stays a new clause.</summary>
    private static int CoordinatedSubjectStart(string text, List<TextSpan> words, int start, int end, int boundary)
    {
        if (start < 2 || end - start > 6 || Clean(text, words[start - 1]) is not ("and" or "or")
            || !(boundary < 0 || text[boundary] is '.' or '!' or '?'))
        {
            return start;
        }

        var first = 0;
        while (first < start - 2 && CueLexicon.LeadingFillers.Contains(Clean(text, words[first])))
        {
            first++;
        }

        for (var k = first; k < start - 1; k++)
        {
            if (CueLexicon.LeftStops.Contains(Clean(text, words[k])))
            {
                return start;
            }
        }

        return end - first <= MaxWords && IsSpeaker(text, words, first, start - 1) ? first : start;
    }

    /// <summary>The speaker phrase starting at <paramref name="from"/>: up to a comma, a clause word or the end.</summary>
    public static TextSpan? RightOf(string text, int from, int limit)
    {
        var words = new List<TextSpan>();
        var i = from;
        while (i < limit && words.Count < 14)
        {
            while (i < limit && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < limit && text[i] == '(' && MatchingClose(text, i, limit) is { } close)
            {
                words.Add(new TextSpan(i, close + 1));
                i = close + 1;
                continue;
            }

            if (i >= limit || QuoteMap.IsQuote(text[i]) || text[i] is '(' or '—' or '–')
            {
                break;
            }

            var start = i;
            while (i < limit && !char.IsWhiteSpace(text[i]) && text[i] is not (',' or ';' or ':' or '"' or '”' or '“' or '(' or ')' or '—'))
            {
                i++;
            }

            var end = i;
            var word = text[start..end];
            if (word.Length == 0)
            {
                break;
            }

            var stop = false;
            if (word[^1] is '.' or '?' or '!')
            {
                // "G.K. Butterfield": initials inside a name do not end it.
                if (!CueLexicon.Abbreviations.Contains(word) && !(word.Length == 2 && char.IsUpper(word[0]))
                    && !(IsInitialism(word) && NextIsCapitalised(text, i, limit)))
                {
                    end--;
                    stop = true;
                }
            }

            var lower = word.TrimEnd('.', '?', '!').ToLowerInvariant();
            if (words.Count > 0 && lower is "that" or "who" or "which" or "when" or "because" or "as" or "to" or "and" or "but" or "if" or "while" or "is" or "was" or "said" or "says" or "on" or "in" or "at" or "during" or "last" or "this" or "earlier")
            {
                // "the Bank of America and Wells Fargo", "the Embassy in London": a conjunction or place inside a name.
                if (lower is not ("and" or "in") || !NextIsCapitalised(text, i, limit))
                {
                    break;
                }
            }

            if (end > start)
            {
                words.Add(new TextSpan(start, end));
            }

            if (stop || (i < limit && text[i] is ',' or ';' or ':' or ')'))
            {
                break;
            }
        }

        while (words.Count > 0 && CueLexicon.BadLastWords.Contains(Clean(text, words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 || !IsSpeaker(text, words, 0, words.Count, loose: true)
            ? null
            : new TextSpan(words[0].Start, words[^1].End);
    }

    /// <summary>Whether the words form a plausible speaker: a name, a pronoun or a determined noun phrase.</summary>
    /// <param name="loose">After "according to", "by" or an inverted verb any noun phrase will do.</param>
    public static bool IsSpeaker(string text, List<TextSpan> words, int start, int end, bool loose = false)
    {
        if (end <= start || end - start > MaxWords + 2)
        {
            return false;
        }

        var last = Clean(text, words[end - 1]);
        var lastRaw = text[words[end - 1].Start..words[end - 1].End];
        if (lastRaw.EndsWith("'s", StringComparison.Ordinal) || lastRaw.EndsWith("’s", StringComparison.Ordinal))
        {
            return false;
        }

        if (CueLexicon.BadLastWords.Contains(last) && !(end - start == 1 && CueLexicon.Pronouns.Contains(last)))
        {
            return false;
        }

        // "Mr. Okafor scrutinized reports": a name and its verb, not a speaker.
        if (end - start >= 2 && last.Length > 4 && last.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(lastRaw[0])
            && !lastRaw.Contains('-', StringComparison.Ordinal) && char.IsUpper(text[words[end - 2].Start])
            && Clean(text, words[end - 2]) != "i" && char.IsUpper(text[words[start].Start])
            && !CueLexicon.SpeakerStarts.Contains(Clean(text, words[start])))
        {
            return false;
        }

        var quoteMarks = 0;
        for (var k = start; k < end; k++)
        {
            var w = Clean(text, words[k]);
            if (CueLexicon.ClauseWords.Contains(w) || w.Length == 0 || char.IsDigit(w[^1]) && k == end - 1)
            {
                return false;
            }

            // "The two taped an interview": a past tense with its object is a clause, not a speaker.
            if (k + 1 < end && char.IsLower(text[words[k].Start]) && w.EndsWith("ed", StringComparison.Ordinal)
                && Clean(text, words[k + 1]) is "a" or "an" or "the" or "his" or "her" or "their" or "its")
            {
                return false;
            }

            foreach (var c in text.AsSpan(words[k].Start, words[k].Length))
            {
                quoteMarks += c is '"' or '“' or '”' ? 1 : 0;
            }
        }

        // "Sharpton began taking calls": a verb in -ing after a verb, where "the ruling" is a noun.
        if (quoteMarks % 2 == 1 || (last.EndsWith("ing", StringComparison.Ordinal) && end - start >= 2 && char.IsLower(text[words[end - 1].Start])
            && char.IsLower(text[words[end - 2].Start]) && !CueLexicon.SpeakerStarts.Contains(Clean(text, words[end - 2]))))
        {
            return false;
        }

        var raw = text[words[start].Start..words[start].End];
        var first = raw.TrimStart('"', '“', '\'', '‘');
        if (first.Length == 0)
        {
            return false;
        }

        // A term in quote marks names a thing the article relies on: "internal information" seen by reporters.
        if (raw[0] is '"' or '“')
        {
            return true;
        }

        if (loose && first.ToLowerInvariant() is "that" or "to" or "if" or "whether" or "how" or "what" or "why")
        {
            return false;
        }

        // A name at the end ("retired general Lloyd Newton", "panel chairman Rep. Ann Lee (D-Ore.)") or a share of
        // people ("63 percent") will do too.
        var lastName = end - 1 > start && text[words[end - 1].Start] == '(' ? end - 2 : end - 1;
        if (loose || char.IsUpper(first[0]) || CueLexicon.SpeakerStarts.Contains(first.ToLowerInvariant())
            || char.IsUpper(text[words[lastName].Start]) || char.IsDigit(first[0]))
        {
            return true;
        }

        // Bare plurals of people and bodies: "sources said", "experts say".
        return (end - start <= 2 && last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal))
            || HeadNamesPeople(text, words, start, end);
    }

    /// <summary>"police said", "elected officials from both parties say": the head noun, before any
    /// prepositional phrase, is a word for people who speak.</summary>
    private static bool HeadNamesPeople(string text, List<TextSpan> words, int start, int end)
    {
        var head = end - 1;
        for (var k = start + 1; k < end; k++)
        {
            if (Clean(text, words[k]) is "of" or "from" or "for" or "at" or "in" or "with" or "on")
            {
                head = k - 1;
                break;
            }
        }

        return head - start < 4 && Entities.GenericSpeakerFinder.IsPeopleHead(Clean(text, words[head]));
    }

    /// <summary>The lower-case word without surrounding punctuation or quote marks.</summary>
    /// <summary>The length of the pronoun in "he's", "she’s", "they've" or "who'd", or null for any other word.</summary>
    private static int? ContractedPronoun(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && word[..apostrophe] is "he" or "she" or "who" or "they" or "we" or "i"
            && word[(apostrophe + 1)..] is "s" or "ve" or "d" or "ll"
            ? apostrophe
            : null;
    }

    public static string Clean(string text, TextSpan word)
    {
        // Trimmed and lowered in one copy: this runs for every word looked at around every cue.
        var start = word.Start;
        var end = word.End;
        while (start < end && CleanTrim.Contains(text[start]))
        {
            start++;
        }

        while (end > start && CleanTrim.Contains(text[end - 1]))
        {
            end--;
        }

        return string.Create(end - start, (text, start), static (destination, state) =>
            state.text.AsSpan(state.start, destination.Length).ToLowerInvariant(destination));
    }

    private static bool IsTime(string word) =>
        (word.Length == 4 && word.All(char.IsAsciiDigit)) || word is "week" or "month" or "year" or "monday" or "tuesday" or "wednesday"
            or "thursday" or "friday" or "saturday" or "sunday";

    /// <summary>"Gingrich cynically dismissed": a manner adverb between speaker and verb.</summary>
    private static bool IsMannerAdverb(string text, List<TextSpan> words, int index)
    {
        var w = Clean(text, words[index]);
        return index > 0 && w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(text[words[index].Start])
            && w is not ("family" or "ally" or "rally" or "assembly" or "supply" or "monopoly" or "anomaly" or "daily" or "weekly" or "monthly" or "quarterly" or "italy");
    }

    private static bool IsStop(string text, List<TextSpan> words, int index)
    {
        var w = Clean(text, words[index]);
        if (!CueLexicon.LeftStops.Contains(w))
        {
            return false;
        }

        // "Trump and Clinton said", "experts on Korea and nuclear arms said": a conjunction inside the speaker;
        // "... and the union said": a new clause.
        return w is not ("and" or "or")
            || index == 0 || index + 1 >= words.Count
            || !char.IsUpper(text[words[index - 1].Start])
            || CueLexicon.SpeakerStarts.Contains(Clean(text, words[index + 1]));
    }

    private static bool IsCapitalisedName(string text, List<TextSpan> words, int index) =>
        index + 1 < words.Count && char.IsUpper(text[words[index].Start]) && char.IsUpper(text[words[index + 1].Start])
        && !CueLexicon.LeadingFillers.Contains(Clean(text, words[index]));

    private static bool NextIsCapitalised(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < limit && char.IsUpper(text[i]);
    }

    /// <summary>Words between the nearest left boundary and <paramref name="end"/>, in reading order.</summary>
    private static List<TextSpan> WordsBackFrom(string text, int end, int floor, out int boundary)
    {
        boundary = floor - 1;
        var j = end - 1;
        while (j >= floor)
        {
            var c = text[j];
            if (c == ')' && MatchingOpen(text, j, floor) is { } open)
            {
                j = open - 1;
                continue;
            }

            if (c is ',' or ';' or ':' or '(' or '—' or '–' or '[' or ')')
            {
                boundary = j;
                break;
            }

            if (QuoteMap.ClosesAfterPunctuation(text, j, floor, ",.!?;:") || c == '“')
            {
                boundary = j;
                break;
            }

            if (c is '.' or '!' or '?' && j + 1 < text.Length && char.IsWhiteSpace(text[j + 1]) && !EndsAbbreviation(text, j, floor))
            {
                boundary = j;
                break;
            }

            if (c == '-' && j > floor && text[j - 1] == '-')
            {
                boundary = j;
                break;
            }

            j--;
        }

        var words = new List<TextSpan>();
        var i = boundary + 1;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var s = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > s)
            {
                words.Add(new TextSpan(s, i));
            }
        }

        return words;
    }

    /// <summary>A short parenthesis such as a party and state, "(D-Wis.)", belongs to the name.</summary>
    private static int? MatchingOpen(string text, int close, int floor)
    {
        for (var j = close - 1; j >= floor && close - j <= 24; j--)
        {
            if (text[j] == '(')
            {
                return j;
            }

            if (text[j] is ')' or ',' or '"' or '“' or '”')
            {
                return null;
            }
        }

        return null;
    }

    private static int? MatchingClose(string text, int open, int limit)
    {
        for (var j = open + 1; j < limit && j - open <= 24; j++)
        {
            if (text[j] == ')')
            {
                return j;
            }

            if (text[j] is '(' or ',' or '"' or '“' or '”')
            {
                return null;
            }
        }

        return null;
    }

    public static bool EndsAbbreviation(string text, int dot, int floor)
    {
        var s = dot;
        while (s > floor && !char.IsWhiteSpace(text[s - 1]))
        {
            s--;
        }

        var word = text[s..(dot + 1)];
        return CueLexicon.Abbreviations.Contains(word) || (word.Length == 2 && char.IsUpper(word[0])) || IsInitialism(word);
    }

    /// <summary>"S.E.C.", "F.B.I.": capitals each followed by a period.</summary>
    private static bool IsInitialism(string word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k += 2)
        {
            if (!char.IsUpper(word[k]) || word[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
