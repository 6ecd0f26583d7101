using Bot.Core.Extraction.Entities;

namespace Bot.Core.Extraction.Attribution;

/// <summary>The name a sentence opens with as its subject, for a speech verb coordinated with a first verb
/// that reports nothing: "Cruz urged voters to stay home and said he would not endorse."</summary>
internal static class SentenceSubject
{
    private const int MaxNameWords = 6;
    private const int MaxAsideLength = 80;

    /// <summary>The subject name of the sentence that holds <paramref name="position"/>, when that sentence opens
    /// with a capitalised name (perhaps after "But", with an aside between commas) followed by a lower-case verb.</summary>
    public static TextSpan? Find(string text, QuoteMap quotes, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(quotes);
        var i = AttributionFinder.Skip(text, AttributionFinder.SentenceStart(text, quotes, position), position);
        var word = NextWord(text, i, position);
        while (word.End > word.Start && CueLexicon.LeadingFillers.Contains(SpeakerPhrase.Clean(text, word)))
        {
            i = AttributionFinder.Skip(text, word.End, position);
            word = NextWord(text, i, position);
        }

        var nameStart = i;
        var nameEnd = i;
        var words = 0;
        if (SpeakerPhrase.Clean(text, word) is "the" or "a" or "an")
        {
            // "The senator", "A state agency": a determiner and a head noun for people or a body.
            for (var k = 0; k < 4; k++)
            {
                i = AttributionFinder.Skip(text, word.End, position);
                word = NextWord(text, i, position);
                var lower = SpeakerPhrase.Clean(text, word);
                if (GenericSpeakerFinder.IsPeopleHead(lower) || EntityLexicon.OrganizationNouns.Contains(lower)
                    || EntityLexicon.PersonRoleNouns.Contains(lower))
                {
                    words = k + 2;
                    nameEnd = word.End;
                    break;
                }
            }

            return words > 0 ? Subject(text, position, new TextSpan(nameStart, AttributionFinder.TrimEnd(text, nameStart, nameEnd))) : null;
        }

        while (word.End > word.Start && words < MaxNameWords
               && (IsNameWord(text, word, words == 0) || (words > 0 && EntityLexicon.PersonRoleNouns.Contains(SpeakerPhrase.Clean(text, word)))))
        {
            nameEnd = word.End;
            words++;
            if (text[word.End - 1] == ',')
            {
                break;
            }

            i = AttributionFinder.Skip(text, word.End, position);
            word = NextWord(text, i, position);
        }

        if (words == 0 || words == MaxNameWords)
        {
            return null;
        }

        var name = new TextSpan(nameStart, AttributionFinder.TrimEnd(text, nameStart, nameEnd));
        return char.IsUpper(text[LastWordStart(text, name)]) ? Subject(text, position, name) : null;
    }

    /// <summary>The subject when a verb follows it, perhaps behind an aside between commas and auxiliaries.</summary>
    private static TextSpan? Subject(string text, int position, TextSpan name)
    {
        var after = AttributionFinder.Skip(text, name.End, position);
        if (after < position && text[after] == ',')
        {
            // "Okafor, like her rival, has ...": an aside between commas.
            var close = text.IndexOf(',', after + 1, Math.Min(MaxAsideLength, position - after - 1));
            if (close < 0)
            {
                return null;
            }

            after = AttributionFinder.Skip(text, close + 1, position);
        }

        var word = NextWord(text, after, position);
        while (word.End > word.Start && CueLexicon.Auxiliaries.Contains(SpeakerPhrase.Clean(text, word)))
        {
            word = NextWord(text, AttributionFinder.Skip(text, word.End, position), position);
        }

        return IsVerb(text, word) ? name : null;
    }

    private static TextSpan NextWord(string text, int from, int limit) => new(from, Appositives.NextSpace(text, from, limit));

    private static bool IsNameWord(string text, TextSpan word, bool first)
    {
        var raw = text[word.Start..word.End].TrimEnd(',');
        if (raw.Length == 0)
        {
            return false;
        }

        if (raw[0] == '(' && raw[^1] == ')')
        {
            return !first;
        }

        if (!char.IsUpper(raw[0]) || raw.Any(c => !char.IsLetter(c) && c is not ('.' or '-' or '\'' or '’')))
        {
            return first is false && EntityLexicon.NameParticles.Contains(raw);
        }

        // "The", "In", "This": a capitalised function word opens a sentence, not a name.
        return !first || !EntityLexicon.CommonWords.Contains(raw.TrimEnd('.').ToLowerInvariant());
    }

    private static int LastWordStart(string text, TextSpan name)
    {
        var start = text.LastIndexOf(' ', name.End - 1, name.Length) + 1;
        return start > name.Start && text[start] == '(' ? LastWordStart(text, new TextSpan(name.Start, start - 1)) : Math.Max(start, name.Start);
    }

    /// <summary>A finite verb in the past or the third person ("urged", "visits"), or a common irregular past.</summary>
    private static bool IsVerb(string text, TextSpan word)
    {
        var w = SpeakerPhrase.Clean(text, word);
        if (w.Length <= 2 || !char.IsLower(text[word.Start]) || !w.All(char.IsLetter) || CueLexicon.ClauseWords.Contains(w)
            || CueLexicon.LeftStops.Contains(w) || EntityLexicon.CommonWords.Contains(w))
        {
            return false;
        }

        return w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
            || IrregularPasts.Contains(w);
    }

    private static readonly HashSet<string> IrregularPasts = WordSet.Of("""
        went met took made gave told came saw left spoke wrote ran began sent held brought kept stood found won lost sat paid led
        put set cut hit read built became chose drew drove flew forgot froze got grew heard hid knew lay meant rode rose sang sold
        shook shot sought spent stole struck swore taught thought threw tore understood woke wore withdrew
        """);
}
