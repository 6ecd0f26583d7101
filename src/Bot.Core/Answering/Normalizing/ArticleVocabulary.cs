using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Bot.Core.Articles;

namespace Bot.Core.Answering.Normalizing;

/// <summary>The words of one article with how often each occurs, lower case: what a question's misspelt or
/// British-spelt word is corrected towards. Built once per document.</summary>
internal sealed partial class ArticleVocabulary
{
    private static readonly ConditionalWeakTable<ArticleDocument, ArticleVocabulary> Cache = [];

    private readonly Dictionary<string, int> _counts;
    private readonly Dictionary<(int Length, char First), List<string>> _byShape = [];

    private ArticleVocabulary(Dictionary<string, int> counts)
    {
        _counts = counts;
        foreach (var word in counts.Keys)
        {
            var key = (word.Length, word[0]);
            if (!_byShape.TryGetValue(key, out var list))
            {
                _byShape[key] = list = [];
            }

            list.Add(word);
        }
    }

    public static ArticleVocabulary Of(ArticleDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Cache.GetValue(document, static d => FromText(d.Sentences.Select(s => s.Text).Prepend(d.Title)));
    }

    public static ArticleVocabulary FromText(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match match in Words().Matches(text))
            {
                var word = match.Value.ToLowerInvariant();
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return new ArticleVocabulary(counts);
    }

    public bool Contains(string word) => _counts.ContainsKey(word);

    public int Count(string word) => _counts.GetValueOrDefault(word);

    /// <summary>Words of the article whose length is within <paramref name="spread"/> of <paramref name="length"/>
    /// and that start with one of <paramref name="firsts"/>: the only ones a small edit can reach.</summary>
    public IEnumerable<string> Near(int length, int spread, ReadOnlyMemory<char> firsts)
    {
        for (var l = length - spread; l <= length + spread; l++)
        {
            for (var i = 0; i < firsts.Length; i++)
            {
                if (_byShape.TryGetValue((l, firsts.Span[i]), out var list))
                {
                    foreach (var word in list)
                    {
                        yield return word;
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}']*")]
    internal static partial Regex Words();
}
