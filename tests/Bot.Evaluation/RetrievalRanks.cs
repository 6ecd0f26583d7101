namespace Bot.Evaluation;

/// <summary>Where each ranking put the first gold sentence of one question (1 is best; null when the ranking
/// left every gold sentence out, as BM25 does for sentences sharing no term with the question).</summary>
internal sealed record RetrievalRanks(DevSetQuestion Question, bool HasGold, int? Cosine, int? Bm25, int? Fused)
{
    /// <summary>The constant of reciprocal-rank fusion; 60 is the value of Cormack et al., not tuned here.</summary>
    public const int FusionK = 60;

    public static RetrievalRanks Of(DevSetQuestion question, IReadOnlyList<bool> gold, float[] query, IReadOnlyList<float[]> passages, IReadOnlyList<int> bm25Order)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(bm25Order);
        var cosine = Enumerable.Range(0, passages.Count).OrderByDescending(i => Dot(query, passages[i])).ThenBy(i => i).ToArray();
        var cosineRank = new int[passages.Count];
        for (var r = 0; r < cosine.Length; r++)
        {
            cosineRank[cosine[r]] = r + 1;
        }

        var bm25Rank = new int?[passages.Count];
        for (var r = 0; r < bm25Order.Count; r++)
        {
            bm25Rank[bm25Order[r]] = r + 1;
        }

        // A sentence BM25 does not rank at all contributes only its cosine term.
        var fused = Enumerable.Range(0, passages.Count)
            .OrderByDescending(i => (1.0 / (FusionK + cosineRank[i])) + (bm25Rank[i] is { } b ? 1.0 / (FusionK + b) : 0))
            .ThenBy(i => i)
            .ToArray();
        return new RetrievalRanks(question, gold.Any(g => g), First(cosine, gold), First(bm25Order, gold), First(fused, gold));
    }

    private static int? First(IReadOnlyList<int> order, IReadOnlyList<bool> gold)
    {
        for (var r = 0; r < order.Count; r++)
        {
            if (gold[order[r]])
            {
                return r + 1;
            }
        }

        return null;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
