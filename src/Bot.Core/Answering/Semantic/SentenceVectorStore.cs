using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Bot.Core.Facts;

namespace Bot.Core.Answering.Semantic;

/// <summary>The article's sentence vectors, one set per fact snapshot, encoded off the answering path. A short
/// article is encoded whole in the background and, until it is complete, <see cref="Cosines"/> says so (null) and
/// answers stay lexical, so loading never waits for the model. A long article (more than
/// <see cref="LongArticleSentences"/> sentences, minutes of encoding) is encoded on demand instead: each question
/// encodes the candidate sentences that have no vector yet and keeps them. Without an encoder it holds nothing.</summary>
/// <param name="encoder">The model; null keeps answering lexical.</param>
/// <param name="queryCacheCapacity">How many recent questions keep their vectors (0: encode every question, as
/// the latency benchmark needs).</param>
public sealed class SentenceVectorStore(ISentenceEncoder? encoder = null, int queryCacheCapacity = 512)
{
    /// <summary>Above this many sentences the background pass is skipped and sentences are encoded when asked for.</summary>
    public const int LongArticleSentences = 400;

    private const int BatchSize = 16;

    // Keyed by snapshot identity and weak, so a replaced article's vectors go with it.
    private readonly ConditionalWeakTable<ArticleFacts, float[][]> _vectors = [];
    private readonly ConditionalWeakTable<ArticleFacts, OnDemandVectors> _onDemand = [];
    private readonly QueryVectorCache _queries = new(queryCacheCapacity);

    /// <summary>True when an encoder is configured.</summary>
    public bool Enabled => encoder is not null;

    /// <summary>True once every sentence of <paramref name="facts"/> has its vector, or, for a long article, once
    /// it is being encoded on demand.</summary>
    public bool IsReady(ArticleFacts facts) => _vectors.TryGetValue(facts, out _) || _onDemand.TryGetValue(facts, out _);

    /// <summary>Encodes every sentence of a short snapshot, a batch at a time so cancellation (shutdown, a newer
    /// article) stops it between batches; a long one is only marked for encoding on demand. Does nothing when
    /// the vectors exist or there is no encoder.</summary>
    public Task PrepareAsync(ArticleFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (encoder is null || IsReady(facts))
        {
            return Task.CompletedTask;
        }

        var sentences = facts.Article.Sentences;
        if (sentences.Count > LongArticleSentences)
        {
            _onDemand.AddOrUpdate(facts, new OnDemandVectors(sentences.Count));
            return Task.CompletedTask;
        }

        // The model is CPU work; it runs on the pool so a caller on the host's start-up path is not held.
        return Task.Run(
            () =>
            {
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

    /// <summary>The question's cosine with each sentence of the snapshot, or null while its vectors are not ready.
    /// For a long article, <paramref name="wanted"/> (the lexical candidates) are encoded now if they have no
    /// vector yet, and a sentence never encoded has a cosine of NaN.</summary>
    public float[]? Cosines(ArticleFacts facts, string question, IReadOnlyCollection<int> wanted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(wanted);
        float[]?[] vectors;
        if (encoder is null)
        {
            return null;
        }
        else if (_vectors.TryGetValue(facts, out var complete))
        {
            vectors = complete;
        }
        else if (_onDemand.TryGetValue(facts, out var partial))
        {
            vectors = partial.With(wanted, i => facts.Article.Sentences[i].Text, encoder, cancellationToken);
        }
        else
        {
            return null;
        }

        var query = _queries.GetOrAdd(encoder.Name, question, q => encoder.Encode([q], TextRole.Query, cancellationToken)[0]);
        var cosines = new float[vectors.Length];
        for (var i = 0; i < vectors.Length; i++)
        {
            cosines[i] = vectors[i] is { } vector ? TensorPrimitives.Dot(query, vector) : float.NaN;
        }

        return cosines;
    }
}
