namespace Bot.Core.Answering.Semantic;

/// <summary>A long article's sentence vectors, filled in as questions ask for sentences. Questions may come
/// concurrently: each encodes what is missing outside the lock, and a sentence encoded twice costs only time.</summary>
internal sealed class OnDemandVectors(int sentences)
{
    private readonly float[]?[] _vectors = new float[]?[sentences];
    private readonly Lock _gate = new();

    /// <summary>The vectors so far, after encoding those of <paramref name="wanted"/> that were missing.</summary>
    public float[]?[] With(IReadOnlyCollection<int> wanted, Func<int, string> textOf, ISentenceEncoder encoder, CancellationToken cancellationToken)
    {
        int[] missing;
        lock (_gate)
        {
            missing = [.. wanted.Where(i => i >= 0 && i < _vectors.Length && _vectors[i] is null).Distinct()];
        }

        if (missing.Length > 0)
        {
            var encoded = encoder.Encode([.. missing.Select(textOf)], TextRole.Passage, cancellationToken);
            lock (_gate)
            {
                for (var k = 0; k < missing.Length; k++)
                {
                    _vectors[missing[k]] = encoded[k];
                }
            }
        }

        lock (_gate)
        {
            return (float[]?[])_vectors.Clone();
        }
    }
}
