using System.Collections.Frozen;
using System.Text;
using Bot.Core.Articles;
using Bot.Core.Search;

namespace Bot.Core.Answering.Normalizing;

/// <summary>Reads a question before anything else does: platform mentions and broadcast tokens out, British
/// spellings and typos in ordinary words mended against the article's own vocabulary, another language noticed.
/// A word is only ever replaced by a word of the article (or a question word), and only when the written word
/// cannot meet the article through stemming, so mending never invents a match the reader did not mean.</summary>
public static class QuestionNormalizer
{
    // Question and function words a typo may hit ("wher", "waht", "hwo", "mnay"); they are rarely in the article.
    private static readonly FrozenSet<string> QuestionWords = FrozenSet.ToFrozenSet(
    [
        "who", "whom", "whose", "what", "when", "where", "which", "why", "how", "many", "much", "long", "did", "does",
        "was", "were", "has", "have", "said", "says", "say", "tell", "about", "according", "there", "their", "they",
        "people", "would", "could", "should", "will", "the", "and", "that", "this", "from", "with",
    ], StringComparer.Ordinal);

    /// <summary>Normalises <paramref name="question"/> for the article <paramref name="document"/>.</summary>
    public static NormalizedQuestion Normalize(string question, ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Normalize(question, ArticleVocabulary.Of(document));
    }

    internal static NormalizedQuestion Normalize(string? question, ArticleVocabulary vocabulary)
    {
        var text = PlatformMentions.Strip(question ?? string.Empty);
        var words = ArticleVocabulary.Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (LanguageGuess.IsClearlyNotEnglish(words, text))
        {
            return new NormalizedQuestion(text, [], true);
        }

        var corrections = new List<string>();
        var mended = new StringBuilder(text.Length);
        var last = 0;
        foreach (System.Text.RegularExpressions.Match match in ArticleVocabulary.Words().Matches(text))
        {
            var written = match.Value;
            var read = Mend(written.ToLowerInvariant(), vocabulary);
            mended.Append(text, last, match.Index - last);
            if (read is null)
            {
                mended.Append(written);
            }
            else
            {
                mended.Append(char.IsUpper(written[0]) ? char.ToUpperInvariant(read[0]) + read[1..] : read);
                corrections.Add($"{written} → {read}");
            }

            last = match.Index + match.Length;
        }

        mended.Append(text, last, text.Length - last);
        return new NormalizedQuestion(mended.ToString(), corrections, false);
    }

    private static string? Mend(string word, ArticleVocabulary vocabulary)
    {
        if (word.Length < 3 || vocabulary.Contains(word) || QuestionWords.Contains(word) || word.Contains('\'', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var variant in BritishSpelling.Variants(word))
        {
            if (vocabulary.Contains(variant))
            {
                return variant;
            }
        }

        if (MeetsByStem(word, vocabulary))
        {
            return null;
        }

        // A real word the article lacks is what the reader meant ("marry", "pay", "his"), unless it is a question
        // word with two letters swapped or one dropped ("dose" for "does", "ther" for "there").
        return Closest(word, vocabulary, realWord: EnglishWords.IsWord(word));
    }

    // "agree" already meets "agreed" and "bans" meets "ban" through the stemmer; mending them would only risk harm.
    private static bool MeetsByStem(string word, ArticleVocabulary vocabulary)
    {
        var stem = EnglishTerms.Analyze(word);
        if (stem.Count == 0)
        {
            return true;
        }

        return vocabulary.Near(word.Length, 3, word.AsMemory(0, 1))
            .Any(candidate => EnglishTerms.Analyze(candidate) is [var s] && s == stem[0]);
    }

    private static string? Closest(string word, ArticleVocabulary vocabulary, bool realWord)
    {
        // Short words have too many neighbours to guess among; long ones can take two slips.
        var max = word.Length switch
        {
            < 4 => 0,
            < 9 => 1,
            _ => 2,
        };
        var firsts = word.Length > 1 ? new[] { word[0], word[1] } : [word[0]];
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        var bestPrefix = 0;
        var bestKeepsLetters = false;
        var tie = false;
        var articleWords = realWord ? [] : vocabulary.Near(word.Length, Math.Max(max, 1), firsts);
        foreach (var candidate in articleWords.Concat(QuestionWords.Where(q => Math.Abs(q.Length - word.Length) <= 1)))
        {
            if (candidate.Length < 3)
            {
                continue;
            }

            var distance = EditDistance.Within(word, candidate, Math.Max(max, 1), swaps: true);
            var allowed = QuestionWords.Contains(candidate) ? 1 : max;
            if (distance > allowed)
            {
                continue;
            }

            // Among equals, a dropped or swapped letter late in the word ("wher" → "where", not "when") is likelier.
            // A dropped or swapped letter ("wich" → "which") is likelier than a wrong one ("wich" → "with").
            var keepsLetters = KeepsLetters(word, candidate);
            if (realWord && (word.Length < 4 || !keepsLetters))
            {
                continue;
            }

            var count = QuestionWords.Contains(candidate) ? int.MaxValue : vocabulary.Count(candidate);
            var prefix = CommonPrefix(word, candidate);
            var better = distance < bestDistance
                || (distance == bestDistance && keepsLetters && !bestKeepsLetters)
                || (distance == bestDistance && keepsLetters == bestKeepsLetters && (prefix > bestPrefix || (prefix == bestPrefix && count > bestCount)));
            if (better)
            {
                (best, bestDistance, bestCount, bestPrefix, bestKeepsLetters, tie) = (candidate, distance, count, prefix, keepsLetters, false);
            }
            else if (distance == bestDistance && keepsLetters == bestKeepsLetters && prefix == bestPrefix && count == bestCount && candidate != best)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    // Every letter the reader typed is in the candidate, as often: the slip left a letter out or swapped two.
    private static bool KeepsLetters(string word, string candidate)
    {
        var left = candidate.ToList();
        return word.All(left.Remove);
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
