namespace Bot.Core.Search;

/// <summary>An in-memory BM25 index over short texts (an article's sentences), built once and read by many
/// threads. Scoring follows Lucene's BM25 (k1 1.2, b 0.75, idf log(1 + (N - n + 0.5) / (n + 0.5))) but runs
/// over pre-analysed term arrays, which for a few hundred sentences is far cheaper than a Lucene searcher.</summary>
public sealed class SentenceIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly int[][] _postingDocs;
    private readonly int[][] _postingFreqs;
    private readonly double[] _idf;
    private readonly double[] _lengthNorm;
    private readonly HashSet<int>[] _docTerms;

    public SentenceIndex(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Count = texts.Count;
        var postings = new List<List<(int Doc, int Freq)>>();
        var lengths = new int[Count];
        _docTerms = new HashSet<int>[Count];
        for (var doc = 0; doc < Count; doc++)
        {
            var terms = EnglishTerms.Analyze(texts[doc]);
            lengths[doc] = terms.Count;
            var freqs = new Dictionary<int, int>();
            foreach (var term in terms)
            {
                if (!_termIds.TryGetValue(term, out var id))
                {
                    id = _termIds.Count;
                    _termIds.Add(term, id);
                    postings.Add([]);
                }

                freqs[id] = freqs.GetValueOrDefault(id) + 1;
            }

            foreach (var (id, freq) in freqs)
            {
                postings[id].Add((doc, freq));
            }

            _docTerms[doc] = [.. freqs.Keys];
        }

        _postingDocs = [.. postings.Select(p => p.Select(x => x.Doc).ToArray())];
        _postingFreqs = [.. postings.Select(p => p.Select(x => x.Freq).ToArray())];
        _idf = [.. postings.Select(p => Math.Log(1 + ((Count - p.Count + 0.5) / (p.Count + 0.5))))];
        var average = Count == 0 ? 1 : Math.Max(1, lengths.Average());
        _lengthNorm = [.. lengths.Select(l => K1 * (1 - B + (B * l / average)))];
    }

    /// <summary>How many texts are indexed.</summary>
    public int Count { get; }

    /// <summary>The idf a term absent from every text would get: the weight of a word the article never uses.</summary>
    public double MissingTermWeight => Math.Log(1 + ((Count + 0.5) / 0.5));

    /// <summary>True when some indexed text contains the (already analysed) term.</summary>
    public bool Contains(string term) => _termIds.ContainsKey(term);

    /// <summary>How many texts contain the (already analysed) term.</summary>
    public int DocumentFrequency(string term) => _termIds.TryGetValue(term, out var id) ? _postingDocs[id].Length : 0;

    /// <summary>The term's idf, or <see cref="MissingTermWeight"/> when no text has it.</summary>
    public double Weight(string term) => _termIds.TryGetValue(term, out var id) ? _idf[id] : MissingTermWeight;

    /// <summary>True when text <paramref name="index"/> contains the (already analysed) term.</summary>
    public bool DocumentContains(int index, string term) =>
        _termIds.TryGetValue(term, out var id) && _docTerms[index].Contains(id);

    /// <summary>Every text that matches at least one term, best first; <paramref name="boost"/> (may be null)
    /// multiplies a text's score (question kind and linked names), never lifting a text that matches nothing.</summary>
    public IReadOnlyList<SearchHit> Search(IReadOnlyList<string> terms, int limit, double[]? boost = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return Search([.. terms.Distinct(StringComparer.Ordinal).Select(t => (IReadOnlyList<string>)[t])], limit, boost);
    }

    /// <summary>Searches for groups of interchangeable terms (a word and its synonyms): a text scores for a group
    /// by its best-matching alternative, and a group counts once towards coverage.</summary>
    public IReadOnlyList<SearchHit> Search(IReadOnlyList<IReadOnlyList<string>> groups, int limit, double[]? boost = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var scores = new double[Count];
        var matched = new double[Count];
        var groupScore = new double[Count];
        var total = 0.0;
        foreach (var group in groups)
        {
            var weight = 0.0;
            Array.Clear(groupScore);
            foreach (var term in group)
            {
                if (!_termIds.TryGetValue(term, out var id))
                {
                    continue;
                }

                var idf = _idf[id];
                weight = Math.Max(weight, idf);
                var docs = _postingDocs[id];
                var freqs = _postingFreqs[id];
                for (var i = 0; i < docs.Length; i++)
                {
                    var doc = docs[i];
                    double tf = freqs[i];
                    groupScore[doc] = Math.Max(groupScore[doc], idf * tf * (K1 + 1) / (tf + _lengthNorm[doc]));
                }
            }

            if (weight == 0)
            {
                total += MissingTermWeight;
                continue;
            }

            total += weight;
            for (var doc = 0; doc < Count; doc++)
            {
                if (groupScore[doc] > 0)
                {
                    scores[doc] += groupScore[doc];
                    matched[doc] += weight;
                }
            }
        }

        var hits = new List<SearchHit>();
        for (var doc = 0; doc < Count; doc++)
        {
            var score = boost is null ? scores[doc] : scores[doc] * boost[doc];
            if (score > 0)
            {
                hits.Add(new SearchHit(doc, score, total > 0 ? matched[doc] / total : 0));
            }
        }

        hits.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Index.CompareTo(b.Index));
        return hits.Count > limit ? hits.GetRange(0, limit) : hits;
    }

    /// <summary>Analyses the query and searches.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit) => Search(EnglishTerms.Analyze(query), limit);
}
