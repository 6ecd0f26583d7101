using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Extraction.Attribution;

namespace Bot.Core.Extraction.Sourcing;

/// <summary>Finds what the article says about a source: the words before a name ("US news website BuzzFeed"),
/// a definition ("TikTok is a short video-sharing app ..."), or for an unnamed document the fullest
/// mention of it ("recordings of 80 internal TikTok US meetings").</summary>
internal static partial class SourceDescriber
{
    public static string Describe(ArticleDocument article, string name)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(name);
        return SpeakerName.IsGeneric(name) ? DescribeGeneric(article, name) : DescribeNamed(article, name);
    }

    private static string DescribeNamed(ArticleDocument article, string name)
    {
        var definition = string.Empty;
        foreach (var sentence in article.Sentences)
        {
            var text = sentence.Text;
            var at = text.IndexOf(name, StringComparison.Ordinal);
            while (at >= 0)
            {
                var descriptor = ModifiesNextWord(text, at + name.Length) ? string.Empty : DescriptorBefore(text, at);
                if (descriptor.Length > 0)
                {
                    return descriptor;
                }

                if (definition.Length == 0 && at == 0 && Definition().Match(text, name.Length) is { Success: true } m && m.Index == name.Length)
                {
                    definition = m.Groups["what"].Value.Trim();
                }

                at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal);
            }
        }

        return definition;
    }

    /// <summary>"TikTok US meetings": the name qualifies a following capitalised word, so words before it describe that.</summary>
    private static bool ModifiesNextWord(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);

    /// <summary>Lower-case and title words right before a name, back to a determiner, preposition or comma.</summary>
    private static string DescriptorBefore(string text, int at)
    {
        var words = new List<string>();
        var end = at;
        while (end > 0 && words.Count < 6)
        {
            var stop = end;
            while (stop > 0 && text[stop - 1] == ' ')
            {
                stop--;
            }

            var start = stop;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var word = text[start..stop];
            if (word.Length == 0 || word.EndsWith(',') || word.EndsWith('.') || DescriptorStops().IsMatch(word) || QuoteMap.IsQuote(word[^1]))
            {
                break;
            }

            words.Insert(0, word);
            end = start;
        }

        // A descriptor needs a common noun: "US news website", "Foreign Secretary" (a title) or "spokesman".
        if (words.Count == 0 || !words.Any(w => char.IsLower(w[0]) || Titles().IsMatch(w)) || words[^1].EndsWith("'s", StringComparison.Ordinal)
            || words.Any(w => w.Any(char.IsDigit)))
        {
            return string.Empty;
        }

        // One lower-case word before a name is usually a verb ("ask TikTok"); a role noun needs a second word
        // or a title ("spokesman Zhao" alone stays out, "Foreign Ministry spokesman Zhao" comes in).
        var last = words[^1];
        var roleNoun = char.IsUpper(last[0]) ? Titles().IsMatch(last) : !Prepositions().IsMatch(last) && !last.EndsWith("ed", StringComparison.Ordinal) && !last.EndsWith("ing", StringComparison.Ordinal);
        return roleNoun && (words.Count >= 2 || Titles().IsMatch(last)) ? string.Join(' ', words) : string.Empty;
    }

    private static string DescribeGeneric(ArticleDocument article, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words[^1];
        var required = words.Where(w => !DescriptorStops().IsMatch(w) && !GroupWords().IsMatch(w)).ToList();
        const string free = @"\b(?!(?:to|of|by|in|on|at|for|with|and|or|that|which|who|had|has|have|was|were|is|are|said|says|from|as|a|an|the|what|this|these|those|its|their|his|her)\b)(?![\w'’-]+ed\b)[\w'’%.-]+";
        var pattern = new Regex(
            @"(?:\b(?:an?|the|\d+|several|some|many)\s+)?(?:" + free + @"\s+){0,3}?" + Regex.Escape(head)
            + @"\b(?:\s+(?:of|from|on|about)\s+(?:" + free + @"\s+){0,4}" + free + ")?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Regex.InfiniteMatchTimeout);
        string? best = null;
        foreach (var sentence in article.Sentences)
        {
            foreach (Match m in pattern.Matches(sentence.Text))
            {
                var mention = Trim(m.Value);
                if (required.TrueForAll(r => mention.Contains(r, StringComparison.OrdinalIgnoreCase))
                    && (best is null || Rank(mention) > Rank(best)))
                {
                    best = mention;
                }
            }
        }

        return best ?? name;
    }

    /// <summary>The most telling mention: one with an of-phrase ("recordings of 80 meetings"), else one
    /// with its determiner ("a joint survey"), else the longest.</summary>
    private static int Rank(string mention)
    {
        var words = mention.Split(' ');
        var rank = Math.Min(words.Length, 9);
        if (words.Contains("of", StringComparer.OrdinalIgnoreCase))
        {
            rank += 100;
        }

        if (DeterminerStart().IsMatch(mention))
        {
            rank += 10;
        }

        return rank;
    }

    private static string Trim(string mention)
    {
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && DescriptorStops().IsMatch(words[0]) && !DeterminerStart().IsMatch(words[0] + " "))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words).Replace("\"", string.Empty, StringComparison.Ordinal).TrimEnd('.', ',', ';', ':');
    }

    [GeneratedRegex(@"^(?:by|from|of|to|in|on|at|for|with|and|or|that|which|who|when|as|is|was|are|were|said|says|said:|told|the|a|an|its|his|her|their|to)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptorStops();

    [GeneratedRegex(@"^(?:an?|the|\d+|several|some|many)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerStart();

    [GeneratedRegex(@"^(?:between|against|among|after|before|under|over|into|onto|through|during|without|within|toward|towards|than|like|including|via|per|around|behind|beyond|near|since|until|across|along|upon|despite|about|above|below|except|using|ask|asked|tell|told)$", RegexOptions.IgnoreCase)]
    private static partial Regex Prepositions();

    [GeneratedRegex(@"^(?:several|some|many|most|two|three|four|five|another|other)$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupWords();

    [GeneratedRegex(@"^(?:Secretary|Minister|President|Senator|Governor|Spokesman|Spokeswoman|Director|Chairman|Mayor|Ambassador|Chancellor|Judge|General|Commissioner|Prime)$")]
    private static partial Regex Titles();

    [GeneratedRegex(@"\s+(?:is|was)\s+(?<what>(?:an?|the)\s+[^.;]{3,120})")]
    private static partial Regex Definition();
}
