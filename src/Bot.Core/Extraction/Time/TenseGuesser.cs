namespace Bot.Core.Extraction.Time;

/// <summary>Guesses whether the clause around a time expression speaks of the past or the future, from the
/// nearest verb form that shows tense. Reads at most a few words either side, so it stays linear.</summary>
internal static class TenseGuesser
{
    private const int Reach = 12;
    private const int Window = 120;

    private static readonly HashSet<string> PastForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "went", "came", "made", "took", "gave", "found", "held", "met",
        "saw", "spoke", "began", "left", "sent", "won", "ran", "lost", "fled", "brought", "bought", "sold", "fell",
        "rose", "paid", "led", "kept", "felt", "became", "got", "wrote", "broke", "chose", "drove", "fought", "built",
        "caught", "taught", "thought", "sought", "struck", "stood", "spent", "meant", "heard", "knew", "grew", "threw",
        "drew", "flew", "shot", "sank", "sat", "swore", "woke", "wore", "withdrew", "forgot", "hid", "shook", "stole",
        "rang", "arose", "blew", "dealt", "fed", "froze", "hung", "laid", "lit", "rode", "slid", "stuck", "swept",
        "swam", "tore", "undertook", "upheld", "wept", "overtook", "ago", "yesterday", "has", "have", "hasn't", "haven't",
        "wasn't", "weren't", "didn't", "hadn't", "agreed", "disagreed", "freed", "guaranteed", "decreed",
    };

    private static readonly HashSet<string> FutureForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "won't", "until", "till", "upcoming", "tomorrow", "gonna",
    };

    private static readonly HashSet<string> PresentForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "am", "says", "does", "isn't", "aren't", "can",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "is", "are", "am", "to", "will", "would", "could", "should", "may", "might", "must",
        "get", "gets", "got",
    };

    private static readonly HashSet<string> NotVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "hundred", "red", "bed", "shed", "united", "limited", "based", "related", "interested", "concerned",
        "advanced", "detailed", "skilled", "supposed", "alleged", "so-called", "unprecedented", "sacred", "wicked",
        "naked", "aged", "beloved", "learned", "armed", "owned",
    };

    private static readonly HashSet<string> NotAfterTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "them",
        "him", "me", "us", "it", "date", "be", "and", "or", "all", "some", "any", "each", "every", "one", "two",
    };

    public static Tense Guess(string text, int start, int end)
    {
        var left = Words(text, Math.Max(0, start - Window), start, fromEnd: true);
        var right = Words(text, end, Math.Min(text.Length, end + Window), fromEnd: false);
        for (var i = 0; i < Reach; i++)
        {
            if (i < left.Count && Classify(left, i, toward: -1, nearby: i < 3) is var l && l != Tense.Unknown)
            {
                return l;
            }

            if (i < right.Count && Classify(right, i, toward: 1, nearby: false) is var r && r != Tense.Unknown)
            {
                return r;
            }
        }

        return Tense.Unknown;
    }

    // Words are listed outward from the expression; "toward" says which way the text runs in that list.
    private static Tense Classify(List<string> words, int index, int toward, bool nearby)
    {
        var word = words[index];
        var before = toward < 0 ? At(words, index + 1) : At(words, index - 1);
        var after = toward < 0 ? At(words, index - 1) : At(words, index + 1);
        if (FutureForms.Contains(word) || word.EndsWith("'ll", StringComparison.Ordinal)
            || (after is "to" && word is "due" or "going" or "scheduled" or "expected" or "set" or "plans" or "poised"))
        {
            return Tense.Future;
        }

        // "to run through June": an infinitive just before the date points ahead; after it ("tried on Tuesday to
        // make") it says nothing of when.
        if (word == "to" && nearby && after is { Length: > 1 } verb && char.IsLower(verb[0]) && !NotAfterTo.Contains(verb)
            && !verb.EndsWith("ed", StringComparison.Ordinal) && !verb.EndsWith("ing", StringComparison.Ordinal))
        {
            return Tense.Future;
        }

        if (PastForms.Contains(word))
        {
            return Tense.Past;
        }

        if (word.Length > 3 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("eed", StringComparison.OrdinalIgnoreCase)
            && !NotVerbs.Contains(word) && char.IsLower(word[0]))
        {
            // A participle after a form of "be" or "to" takes its tense from that auxiliary, read next.
            return before is not null && Auxiliaries.Contains(before) ? Tense.Unknown : Tense.Past;
        }

        return PresentForms.Contains(word) ? Tense.Present : Tense.Unknown;
    }

    private static string? At(List<string> words, int index) => index >= 0 && index < words.Count ? words[index] : null;

    private static List<string> Words(string text, int from, int to, bool fromEnd)
    {
        // Stop at the sentence boundary nearest the expression.
        var words = new List<string>(16);
        if (fromEnd)
        {
            var i = to - 1;
            while (i >= from && words.Count < Reach + 1)
            {
                var c = text[i];
                if (c is '.' or '!' or '?' or ';' or '\n' && !(c == '.' && i > 0 && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]))))
                {
                    break;
                }

                if (IsWordChar(c))
                {
                    var stop = i + 1;
                    while (i >= from && IsWordChar(text[i]))
                    {
                        i--;
                    }

                    words.Add(text[(i + 1)..stop]);
                    continue;
                }

                i--;
            }
        }
        else
        {
            var i = from;
            while (i < to && words.Count < Reach + 1)
            {
                var c = text[i];
                if (c is '.' or '!' or '?' or ';' or '\n')
                {
                    break;
                }

                if (IsWordChar(c))
                {
                    var begin = i;
                    while (i < to && IsWordChar(text[i]))
                    {
                        i++;
                    }

                    words.Add(text[begin..i]);
                    continue;
                }

                i++;
            }
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '\'' || c == '’';
}
