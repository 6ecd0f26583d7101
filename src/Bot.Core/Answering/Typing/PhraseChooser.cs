using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Bot.Core.Answering.Typing;

/// <summary>Picks, among a sentence's phrases of the asked type, the one tied to the question: the question's
/// content words locate what it is about in the sentence, and the answer sits next to them. A phrase made only
/// of the question's own words repeats the question and goes last.</summary>
internal static partial class PhraseChooser
{
    private static readonly FrozenSet<string> Stopwords = new[]
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "about", "as", "and", "or",
        "is", "are", "was", "were", "be", "been", "did", "does", "do", "has", "have", "had", "will", "would", "can",
        "could", "should", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much",
        "long", "it", "its", "this", "that", "these", "those", "he", "she", "they", "them", "his", "her", "their",
        "there", "s", "according", "exactly", "get", "got", "i", "you", "we", "me", "my", "our", "your", "kind",
        "name", "called", "call", "any", "some", "than", "then", "so", "up", "out", "into", "over", "per", "if",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static AnswerPhrase? Choose(string sentence, IReadOnlyList<AnswerPhrase> candidates, string question)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var asked = QuestionTokens.Of(question).Where(w => !Stopwords.Contains(w)).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var words = WordRule().Matches(sentence).Select(m => (m.Index, Stem: Stem(m.Value.ToLowerInvariant()))).ToList();

        AnswerPhrase? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var c in candidates)
        {
            var score = Score(c, words, asked);
            if (score > bestScore)
            {
                best = c;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>How the phrase is tied to the question in the sentence: the pull of the question's words by their
    /// nearness, the question's words inside the phrase, and whether the phrase only repeats the question.</summary>
    internal static PhraseTie Tie(string sentence, AnswerPhrase phrase, string question)
    {
        var asked = QuestionTokens.Of(question).Where(w => !Stopwords.Contains(w)).Select(Stem).ToHashSet(StringComparer.Ordinal);
        var words = WordRule().Matches(sentence).Select(m => (m.Index, Stem: Stem(m.Value.ToLowerInvariant()))).ToList();
        return Parts(phrase, words, asked);
    }

    private static double Score(AnswerPhrase c, List<(int Index, string Stem)> words, HashSet<string> asked)
    {
        var (pull, own, echo) = Parts(c, words, asked);
        return pull + own - (echo ? 100 : 0) - (0.001 * c.Start / Math.Max(1, words.Count));
    }

    private static PhraseTie Parts(AnswerPhrase c, List<(int Index, string Stem)> words, HashSet<string> asked)
    {
        var inside = words.Where(w => w.Index >= c.Start && w.Index < c.End).Select(w => w.Stem).Where(s => !Stopwords.Contains(s)).ToList();
        var echo = inside.Count > 0 && inside.All(s => asked.Contains(s) || (IsName(c.Type) && AskedAsDemonym(s, asked)));

        // Each question word found outside the phrase pulls it by how close it is, in words.
        var first = words.FindIndex(w => w.Index >= c.Start);
        var last = words.FindLastIndex(w => w.Index < c.End);
        first = first < 0 ? words.Count : first;
        var pull = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if ((w.Index >= c.Start && w.Index < c.End) || !asked.Contains(w.Stem))
            {
                continue;
            }

            var gap = i < first ? first - i - 1 : i - Math.Max(last, first) - 1;
            var near = 1.0 / (1 + Math.Max(0, gap));
            pull[w.Stem] = Math.Max(pull.GetValueOrDefault(w.Stem), near);
        }

        // A number's own noun that the question names ("3 officers" for "how many officers") ties it to the question;
        // a name that is partly the question's ("Truss and Sunak" for "who debated Truss") is worth a little less.
        var overlap = inside.Count == 0 ? 0 : (double)inside.Count(asked.Contains) / inside.Count;
        var own = IsName(c.Type) ? -0.5 * overlap : inside.Where(asked.Contains).Distinct(StringComparer.Ordinal).Count();
        return new PhraseTie(pull.Values.Sum(), own, echo);
    }

    // "China" for "which Chinese city", "America" for "which American city": the question's adjective of a place
    // names the place, so offering the place back only repeats the question.
    private static bool AskedAsDemonym(string stem, HashSet<string> asked) =>
        stem.Length >= 4 && asked.Any(a => a.Length > 4 && a.AsSpan(0, 4).SequenceEqual(stem.AsSpan(0, 4)) && DemonymEndings.Any(e => a.EndsWith(e, StringComparison.Ordinal)));

    private static readonly string[] DemonymEndings = ["ese", "es", "ian", "an", "ish", "i"];

    private static bool IsName(AnswerType type) =>
        type is AnswerType.Person or AnswerType.Organisation or AnswerType.Place or AnswerType.Source;

    // Plurals, tenses and British -ise spellings meet at one stem: "criticised" and "criticizes" both give "criticiz".
    internal static string Stem(string word)
    {
        var w = word.Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal);
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.Length > 4 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        return w.Length > 4 && w.EndsWith("is", StringComparison.Ordinal) ? w[..^2] + "iz" : w;
    }

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'’-]*")]
    private static partial Regex WordRule();
}
