using System.Runtime.CompilerServices;
using Bot.Core.Facts;

namespace Bot.Core.Answering.Semantic;

/// <summary>The article's sentence vectors, one set per fact snapshot, encoded off the answering path. Until a
/// snapshot's vectors are complete, <see cref="Cosines"/> says so (null) and answers stay lexical, so loading an
/// article never waits for the model. Without an encoder it holds nothing.</summary>
public sealed class SentenceVectorStore(ISentenceEncoder? encoder = null)
{
    private const int BatchSize = 16;

    // Keyed by snapshot identity and weak, so a replaced article's vectors go with it.
    private readonly ConditionalWeakTable<ArticleFacts, float[][]> _vectors = [];
    private readonly QueryVectorCache _queries = new();

    /// <summary>True when an encoder is configured.</summary>
    public bool Enabled => encoder is not null;

    /// <summary>True once every sentence of <paramref name="facts"/> has its vector.</summary>
    public bool IsReady(ArticleFacts facts) => _vectors.TryGetValue(facts, out _);

    /// <summary>Encodes every sentence of the snapshot, a batch at a time so cancellation (shutdown, a newer
    /// article) stops it between batches. Does nothing when the vectors exist or there is no encoder.</summary>
    public Task PrepareAsync(ArticleFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (encoder is null || IsReady(facts))
        {
            return Task.CompletedTask;
        }

        // The model is CPU work; it runs on the pool so a caller on the host's start-up path is not held.
        return Task.Run(
            () =>
            {
                var sentences = facts.Article.Sentences;
                var vectors = new float[sentences.Count][];
                for (var start = 0; start < sentences.Count; start += BatchSize)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var batch = sentences.Skip(start).Take(BatchSize).Select(s => s.Text).ToList();
                    var encoded = encoder.Encode(batch, TextRole.Passage, cancellationToken);
                    for (var k = 0; k < encoded.Count; k++)
                    {
                        vectors[start + k] = encoded[k];
                    }
                }

                _vectors.AddOrUpdate(facts, vectors);
            },
            cancellationToken);
    }

    /// <summary>The question's cosine with each sentence of the snapshot, or null while its vectors are not ready.</summary>
    public float[]? Cosines(ArticleFacts facts, string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (encoder is null || !_vectors.TryGetValue(facts, out var vectors))
        {
            return null;
        }

        var query = _queries.GetOrAdd(encoder.Name, question, q => encoder.Encode([q], TextRole.Query, cancellationToken)[0]);
        var cosines = new float[vectors.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            cosines[i] = Dot(query, vectors[i]);
        }

        return cosines;
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var k = 0; k < Math.Min(a.Length, b.Length); k++)
        {
            sum += a[k] * b[k];
        }

        return sum;
    }
}
