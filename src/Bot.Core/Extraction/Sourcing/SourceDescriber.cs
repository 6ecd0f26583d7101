using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Extraction.Attribution;

namespace Bot.Core.Extraction.Sourcing;

/// <summary>Finds what the article says about a source: the words before a name ("US news website BuzzFeed"),
/// a definition ("TikTok is a short video-sharing app ..."), or for an unnamed document the fullest
/// mention of it ("recordings of 80 internal TikTok US meetings"). Built once per article over an index
/// of its words, so describing many sources stays linear in the article's length.</summary>
internal sealed partial class SourceDescriber
{
    private const int MaxOccurrences = 60;
    private readonly List<string[]> sentences = [];

    // Each token's key, worked out once: the lookups below revisit the same tokens many times.
    private readonly List<string[]> sentenceKeys = [];
    private readonly Dictionary<string, List<(int Sentence, int Token)>> index = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Paragraph, int Sentence), int> order = [];

    public SourceDescriber(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var sentence in article.Sentences)
        {
            order[(sentence.Paragraph, sentence.Number)] = sentences.Count;
            var tokens = sentence.Text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            var keys = new string[tokens.Length];
            for (var t = 0; t < tokens.Length; t++)
            {
                var key = keys[t] = Key(tokens[t]);
                if (!index.TryGetValue(key, out var list))
                {
                    list = [];
                    index[key] = list;
                }

                list.Add((sentences.Count, t));
            }

            sentences.Add(tokens);
            sentenceKeys.Add(keys);
        }
    }

    /// <param name="firstCited">Where the source is first cited; "the report" there refers back to the
    /// nearest fuller mention before it.</param>
    public string Describe(string name, (int Paragraph, int Sentence)? firstCited = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return name;
        }

        var before = firstCited is { } c && order.TryGetValue(c, out var at) ? at : -1;
        return SpeakerName.IsGeneric(name) ? DescribeGeneric(name, words, before) : DescribeNamed(words);
    }

    private string DescribeNamed(string[] name)
    {
        var keys = name.Select(Key).ToArray();
        var definition = string.Empty;
        foreach (var (s, t) in Occurrences(keys[0]))
        {
            var tokens = sentences[s];
            var tokenKeys = sentenceKeys[s];
            if (t + keys.Length > tokens.Length || !keys.AsSpan().SequenceEqual(tokenKeys.AsSpan(t, keys.Length)))
            {
                continue;
            }

            var after = t + keys.Length;
            var modifiesNext = !EndsPhrase(tokens[after - 1]) && after < tokens.Length && char.IsUpper(tokens[after][0]);
            if (!modifiesNext && DescriptorBefore(tokens, t) is { Length: > 0 } descriptor)
            {
                return descriptor;
            }

            if (after < tokens.Length && tokens[after - 1].EndsWith(',') && AppositiveBefore(tokens, t) is { Length: > 0 } appositive)
            {
                return appositive;
            }

            if (definition.Length == 0 && t == 0 && after + 1 < tokens.Length && tokens[after] is "is" or "was"
                && tokenKeys[after + 1] is "a" or "an" or "the")
            {
                definition = string.Join(' ', tokens[(after + 1)..]).TrimEnd('.', ' ');
            }
        }

        return definition;
    }

    /// <summary>Lower-case and title words right before a name, back to a determiner, preposition or comma.</summary>
    private static string DescriptorBefore(string[] tokens, int at)
    {
        var words = new List<string>();
        for (var k = at - 1; k >= 0 && words.Count < 6; k--)
        {
            var word = tokens[k];
            if (EndsPhrase(word) || DescriptorStops().IsMatch(word) || QuoteMap.IsQuote(word[^1]))
            {
                break;
            }

            words.Insert(0, word);
        }

        if (words.Count == 0 || !words.Any(w => char.IsLower(w[0]) || Titles().IsMatch(w))
            || words[^1].EndsWith("'s", StringComparison.Ordinal) || words[^1].EndsWith("’s", StringComparison.Ordinal)
            || words.Any(w => w.Any(char.IsDigit)))
        {
            return string.Empty;
        }

        // One lower-case word before a name is usually a verb ("ask TikTok"); a role noun needs a second word
        // or a title ("spokesman Zhao" alone stays out, "Foreign Ministry spokesman Zhao" comes in).
        var last = words[^1];
        var roleNoun = char.IsUpper(last[0])
            ? Titles().IsMatch(last)
            : !Prepositions().IsMatch(last) && !last.EndsWith("ed", StringComparison.Ordinal) && !last.EndsWith("ing", StringComparison.Ordinal);
        return roleNoun && (words.Count >= 2 || Titles().IsMatch(last)) ? string.Join(' ', words) : string.Empty;
    }

    /// <summary>A description set off before a name by commas: "the city's chief engineer, Jane Roe, said".</summary>
    private static string AppositiveBefore(string[] tokens, int at)
    {
        if (at == 0 || !tokens[at - 1].EndsWith(','))
        {
            return string.Empty;
        }

        var words = new List<string> { tokens[at - 1].TrimEnd(',') };
        for (var k = at - 2; k >= 0 && words.Count < 6; k--)
        {
            var word = tokens[k];
            if (EndsPhrase(word) || QuoteMap.IsQuote(word[^1]) || (DescriptorStops().IsMatch(word) && !Determiner().IsMatch(word)) || Prepositions().IsMatch(word))
            {
                break;
            }

            words.Insert(0, word);
            if (Determiner().IsMatch(word))
            {
                break;
            }
        }

        // A role ends in a lower-case noun ("chief engineer"); a place or a name before the comma is no description.
        var last = words[^1];
        return words.Count >= 2 && last.Length > 0 && char.IsLower(last[0]) && !last.EndsWith("ed", StringComparison.Ordinal)
            ? string.Join(' ', words)
            : string.Empty;
    }

    private string DescribeGeneric(string name, string[] words, int before)
    {
        var required = words.Where(w => !DescriptorStops().IsMatch(w) && !GroupWords().IsMatch(w)).Select(Key).ToList();
        var definite = Key(words[0]) is "the" or "these" or "those" or "this" or "that";
        string? best = null;
        string? antecedent = null;
        foreach (var (s, t) in Occurrences(Key(words[^1])))
        {
            var mention = Mention(sentences[s], sentenceKeys[s], t);
            var keys = mention.Split(' ').Select(Key).ToHashSet(StringComparer.Ordinal);
            if (!required.TrueForAll(keys.Contains))
            {
                continue;
            }

            if (best is null || Rank(mention) > Rank(best))
            {
                best = mention;
            }

            if (definite && s < before && mention.Split(' ').Length > words.Length)
            {
                antecedent = mention;
            }
        }

        return antecedent ?? best ?? name;
    }

    /// <summary>The noun phrase around a head word: up to three modifiers and a determiner before it, an
    /// of-phrase after it ("a joint survey", "recordings of 80 internal TikTok US meetings").</summary>
    private static string Mention(string[] tokens, string[] keys, int head)
    {
        var start = head;
        while (start > 0 && head - start < 3 && IsModifier(keys[start - 1]))
        {
            start--;
        }

        if (start > 0 && !EndsPhrase(tokens[start - 1]) && DeterminerStart().IsMatch(tokens[start - 1] + " "))
        {
            start--;
        }

        var end = head + 1;
        if (!EndsPhrase(tokens[head]) && end + 1 < tokens.Length && keys[end] is "of" or "from" or "on" or "about")
        {
            var k = end + 1;
            while (k < tokens.Length && k - end <= 5 && IsModifier(keys[k]))
            {
                k++;
                if (EndsPhrase(tokens[k - 1]))
                {
                    break;
                }
            }

            if (k > end + 1)
            {
                end = k;
            }
        }
        else if (!EndsPhrase(tokens[head]) && end + 2 < tokens.Length && Authored().IsMatch(tokens[end]) && tokens[end + 1] == "by")
        {
            // "a report released by US financial media outlet Bloomberg": who made it.
            var k = end + 2;
            while (k < tokens.Length && k - end <= 8 && (IsModifier(keys[k]) || char.IsUpper(tokens[k][0])) && !FreeStops().IsMatch(keys[k]))
            {
                k++;
                if (EndsPhrase(tokens[k - 1]))
                {
                    break;
                }
            }

            if (k > end + 2)
            {
                end = k;
            }
        }

        return string.Join(' ', tokens[start..end]).Replace("\"", string.Empty, StringComparison.Ordinal)
            .Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal)
            .TrimEnd('.', ',', ';', ':');
    }

    private IEnumerable<(int Sentence, int Token)> Occurrences(string key) =>
        index.TryGetValue(key, out var list) ? list.Take(MaxOccurrences) : [];

    /// <summary>The most telling mention: one with an of-phrase, else one with its determiner, else the longest.</summary>
    private static int Rank(string mention)
    {
        var words = mention.Split(' ');
        var rank = Math.Min(words.Length, 9);
        if (words.Contains("of", StringComparer.OrdinalIgnoreCase))
        {
            rank += 100;
        }

        return DeterminerStart().IsMatch(mention) ? rank + 10 : rank;
    }

    private static bool IsModifier(string key) =>
        key.Length > 0 && !FreeStops().IsMatch(key) && !key.EndsWith("ed", StringComparison.Ordinal);

    private static bool EndsPhrase(string token) => token.Length > 0 && token[^1] is ',' or '.' or ';' or ':' or '?' or '!';

    private static string Key(string token) => token.Trim('"', '“', '”', '\'', '‘', '’', ',', '.', ';', ':', '(', ')', '?', '!').ToLowerInvariant();

    [GeneratedRegex(@"^(?:released|published|conducted|issued|commissioned|compiled|prepared|obtained|seen|written|sent|carried)$")]
    private static partial Regex Authored();

    [GeneratedRegex(@"^(?:to|of|by|in|on|at|for|with|and|or|that|which|who|had|has|have|was|were|is|are|said|says|from|as|a|an|the|what|this|these|those|its|their|his|her)$")]
    private static partial Regex FreeStops();

    [GeneratedRegex(@"^(?:by|from|of|to|in|on|at|for|with|and|or|that|which|who|when|as|is|was|are|were|said|says|said:|told|the|a|an|its|his|her|their)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptorStops();

    [GeneratedRegex(@"^(?:an?|the)$", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"^(?:an?|the|\d+|several|some|many)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DeterminerStart();

    [GeneratedRegex(@"^(?:between|against|among|after|before|under|over|into|onto|through|during|without|within|toward|towards|than|like|including|via|per|around|behind|beyond|near|since|until|across|along|upon|despite|about|above|below|except|using|ask|asked|tell|told)$", RegexOptions.IgnoreCase)]
    private static partial Regex Prepositions();

    [GeneratedRegex(@"^(?:several|some|many|most|two|three|four|five|another|other)$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupWords();

    [GeneratedRegex(@"^(?:Secretary|Minister|President|Senator|Governor|Spokesman|Spokeswoman|Director|Chairman|Mayor|Ambassador|Chancellor|Judge|General|Commissioner|Prime)$")]
    private static partial Regex Titles();
}
