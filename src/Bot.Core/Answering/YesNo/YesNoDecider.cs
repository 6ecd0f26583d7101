using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Search;

namespace Bot.Core.Answering.YesNo;

/// <summary>Decides a yes/no question from the sentence that answers it. The question states something; the
/// sentence agrees with it unless it turns it around an odd number of times more than the question does: a
/// negation ("did not", "never"), a predicate that means refusing ("rejected", "turned down"), or the other half
/// of an opposite pair (Democrat / Republican). So "Did TikTok agree?" against "TikTok rejected the request" is
/// No, and "Did they turn the request down?" against the same sentence is Yes.</summary>
/// <remarks>A negation reaches to the next comma or clause break. Of the sentence's turns, those whose reach holds
/// the most of the question's words count: in "she didn't want the escort, saying she had no time" the "no" is
/// about something else. When no turn reaches a question word, the plain negations count ("Hicks did not respond
/// to my messages"), and so does a refusing word unless a relative clause holds it ("he expects her to recover
/// from the illness, which made her cancel a trip").</remarks>
internal static partial class YesNoDecider
{
    // The verbs that open a yes/no question, and pronouns, say nothing about which words the answer turns around.
    private static readonly FrozenSet<string> Uninformative =
        new[]
        {
            "did", "doe", "do", "ha", "have", "had", "can", "could", "would", "should", "may", "might", "must", "been", "wa", "were",
            "he", "she", "him", "her", "hi", "we", "us", "our", "you", "your", "i", "me", "my", "them", "its", "who", "what",
        }.ToFrozenSet(StringComparer.Ordinal);

    // Prefixes that make a word its own opposite (respect / disrespect, armed / unarmed).
    private static readonly string[] NegatingPrefixes = ["dis", "un", "non", "in", "im", "il", "ir"];

    private static readonly FrozenSet<string> ScopeBreaks =
        new[] { ",", ";", ":" }.Concat(PolarityWords.ClauseBreaks).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negators = PolarityWords.Negators.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[][] NegativePredicates = [.. PolarityWords.NegativePredicates.Select(Stems)];

    private static readonly FrozenSet<string> Refusing =
        NegativePredicates.Where(p => p.Length == 1).Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);

    // Each word's opposites, both ways round and each pair once whichever list gives it, so no pair turns a
    // statement twice; a lookup, since WordNet gives thousands of pairs.
    private static readonly FrozenDictionary<string, string[]> Opposites =
        PolarityWords.Opposites.Select(p => (One: Stems(p.One).Single(), Other: Stems(p.Other).Single()))
            .Concat(WordNetOpposites())
            .SelectMany(p => new[] { p, (One: p.Other, Other: p.One) })
            .Distinct()
            .GroupBy(p => p.One, p => p.Other, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public static Verdict Decide(string question, string sentence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentence);
        var asked = Words(question);
        var said = Words(sentence);
        var content = EnglishTerms.Analyze(question).Where(t => !Uninformative.Contains(t)).ToFrozenSet(StringComparer.Ordinal);
        var scoped = TurnsAt(said).Select(at => (Main: at.Negator || !InRelativeClause(said, at.Start), Held: InScope(said, at, content))).ToList();
        var widest = scoped.Select(t => t.Held).DefaultIfEmpty(0).Max();
        var turns = TurnsAt(asked).Count()
            + scoped.Count(t => widest > 0 ? t.Held == widest : t.Main)
            + OppositesBetween(Stemmed(asked), Stemmed(said));
        return turns % 2 == 0 ? Verdict.Yes : Verdict.No;
    }

    /// <summary>Where <paramref name="words"/> turn their statement around, and how many words each turn spans.</summary>
    private static IEnumerable<(int Start, int Length, bool Negator)> TurnsAt(List<string> words)
    {
        var stems = Stemmed(words);
        for (var i = 0; i < words.Count; i++)
        {
            if (Negators.Contains(words[i]) || words[i].EndsWith("n't", StringComparison.Ordinal))
            {
                yield return (i, 1, true);
                continue;
            }

            foreach (var phrase in NegativePredicates)
            {
                if (i + phrase.Length <= stems.Count && phrase.Select((p, k) => p == stems[i + k]).All(x => x))
                {
                    yield return (i, phrase.Length, false);
                    break;
                }
            }
        }
    }

    /// <summary>True when a "which" or "who" opens the stretch of the sentence the word at <paramref name="at"/> is in.</summary>
    private static bool InRelativeClause(List<string> words, int at)
    {
        for (var i = at - 1; i >= 0 && !ScopeBreaks.Contains(words[i]); i--)
        {
            if (words[i] is "which" or "who" or "whom" or "whose")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many of the question's words follow the turn before its scope ends.</summary>
    private static int InScope(List<string> words, (int Start, int Length, bool Negator) turn, FrozenSet<string> content)
    {
        var held = 0;
        for (var i = turn.Start + turn.Length; i < words.Count && !ScopeBreaks.Contains(words[i]); i++)
        {
            held += content.Contains(Stem(words[i])) ? 1 : 0;
        }

        return held;
    }

    private static int OppositesBetween(IReadOnlyList<string> asked, IReadOnlyList<string> said)
    {
        var inQuestion = asked.ToHashSet(StringComparer.Ordinal);
        var inSentence = said.ToHashSet(StringComparer.Ordinal);
        // A refusing word with a prefix ("disapprove") has turned the statement already.
        var prefixed = inQuestion.Count(w => !inSentence.Contains(w) && !Refusing.Contains(w) && (Unprefixed(w) is { } bare && inSentence.Contains(bare)))
            + inSentence.Count(w => !inQuestion.Contains(w) && !Refusing.Contains(w) && (Unprefixed(w) is { } bare && inQuestion.Contains(bare)));
        // A pair counts when the question holds one side and the sentence only the other.
        return prefixed + inQuestion.Where(w => !inSentence.Contains(w)).Sum(w =>
            Opposites.TryGetValue(w, out var others) ? others.Count(o => inSentence.Contains(o) && !inQuestion.Contains(o)) : 0);
    }

    // WordNet's antonyms, less those another rule already counts: a refusing word ("accept" / "reject") or a
    // negating prefix ("agree" / "disagree") turns the statement once; a row for it too would turn it back.
    private static IEnumerable<(string One, string Other)> WordNetOpposites()
    {
        return StemTable.Opposites.Rows
            .SelectMany(row => row.Value.Select(other => (One: row.Key, Other: other)))
            .Where(p => !Refusing.Contains(p.One) && !Refusing.Contains(p.Other) && Unprefixed(p.One) != p.Other && Unprefixed(p.Other) != p.One);
    }

    private static string? Unprefixed(string stem) =>
        NegatingPrefixes.FirstOrDefault(p => stem.Length >= p.Length + 4 && stem.StartsWith(p, StringComparison.Ordinal)) is { } prefix
            ? stem[prefix.Length..]
            : null;

    private static List<string> Words(string text) =>
        [.. Word().Matches(text.Replace('\u2019', '\'')).Select(m => m.Value.ToLowerInvariant())];

    // Stop words stay: "not", "no" and "nor" are what this reads.
    private static List<string> Stemmed(IReadOnlyList<string> words) =>
        [.. words.Select(w => w.EndsWith("n't", StringComparison.Ordinal) ? "not" : Stem(w))];

    private static string[] Stems(string phrase) => [.. phrase.Split(' ').Select(Stem)];

    private static string Stem(string word) => EnglishTerms.Analyze(word) is [var stem, ..] ? stem : word;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?|[;:,]")]
    private static partial Regex Word();
}
