using System.Text;

namespace Bot.Core.Answering.Typing;

/// <summary>A question as lower-case words, the way the classifier reads it: contractions of "is" opened up
/// ("what's" → "what is"), a possessive "'s" kept as its own word, and a misspelt question word mended.</summary>
internal static class QuestionTokens
{
    public const string Possessive = "'s";

    public static List<string> Of(string question)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in question)
        {
            if (char.IsLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-' || c == '%' || c == '$')
            {
                word.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
            }
            else
            {
                Flush(word, words);
            }
        }

        Flush(word, words);
        return words;
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        var w = word.ToString().Trim('\'', '-');
        word.Clear();
        if (w.Length == 0)
        {
            return;
        }

        if (w.EndsWith(Possessive, StringComparison.Ordinal))
        {
            var stem = w[..^2];
            if (stem is "what" or "who" or "where" or "when" or "how" or "that" or "it" or "there" or "here")
            {
                words.Add(stem);
                words.Add("is");
                return;
            }

            words.Add(stem);
            words.Add(Possessive);
            return;
        }

        words.Add(w switch
        {
            "whats" => "what",
            "whos" => "who",
            "wheres" => "where",
            "hows" => "how",
            _ => w.Replace("'", string.Empty, StringComparison.Ordinal),
        });
        if (w is "whats" or "whos" or "wheres" or "hows")
        {
            words.Add("is");
        }
        else if (words[^1].Length >= 3 && !AnswerTypeWords.Auxiliaries.Contains(words[^1]))
        {
            words[^1] = Mend(words[^1]);
        }
    }

    // A word one swap, drop or extra letter away from a question word, with the same first letter, is that word;
    // unless it is an English word of its own: "the man arrested" is not "the many arrested".
    private static string Mend(string word)
    {
        if (AnswerTypeWords.Correctable.Contains(word))
        {
            return word;
        }

        var target = AnswerTypeWords.Correctable.FirstOrDefault(t => t[0] == word[0] && Math.Abs(t.Length - word.Length) <= 1 && OneEditApart(word, t));

        // The vocabulary is asked only when a mend is on offer, so most questions never wait for it to load.
        return target is null || Normalizing.EnglishWords.IsWord(word) ? word : target;
    }

    private static bool OneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = -1;
            var differences = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    differences++;
                    first = first < 0 ? i : first;
                }
            }

            // One swap of neighbours ("wehn") or one wrong letter in a longer word ("percant").
            return (differences == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first])
                || (differences == 1 && a.Length >= 5);
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        for (var i = 0; i < longer.Length; i++)
        {
            if (string.CompareOrdinal(longer, 0, shorter, 0, i) == 0
                && string.CompareOrdinal(longer, i + 1, shorter, i, shorter.Length - i) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
