using Bot.Core.Answering.Semantic;

namespace Bot.Core.Tests.Answering.Semantic;

/// <summary>A stand-in for the model: each lower-cased word hashed into one of 64 dimensions, the sum made a unit
/// vector, so texts sharing words have a high cosine. Counts what it encodes, and can be made to fail.</summary>
internal sealed class WordHashEncoder : ISentenceEncoder
{
    private const int Dimensions = 64;
    private int _passages;

    public string Name => "word-hash";

    public int PassagesEncoded => Volatile.Read(ref _passages);

    public Exception? Failure { get; init; }

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, TextRole role, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Failure is not null)
        {
            throw Failure;
        }

        if (role == TextRole.Passage)
        {
            Interlocked.Add(ref _passages, texts.Count);
        }

        return [.. texts.Select(Vector)];
    }

    private static float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', ',', '.', '?', '"'], StringSplitOptions.RemoveEmptyEntries))
        {
            vector[(int)((uint)StringComparer.Ordinal.GetHashCode(word) % Dimensions)] += 1;
        }

        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return length == 0 ? vector : [.. vector.Select(v => v / length)];
    }
}
