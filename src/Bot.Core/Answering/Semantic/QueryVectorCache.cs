using System.Collections.Concurrent;

namespace Bot.Core.Answering.Semantic;

/// <summary>The vectors of recently asked questions. A chat asks the same question again (a retry, "Share in
/// channel", a second user), and encoding is the dearest step of an answer. Bounded: when full it is cleared,
/// which costs one re-encode per question and needs no bookkeeping on the read path.</summary>
internal sealed class QueryVectorCache(int capacity)
{
    private readonly ConcurrentDictionary<(string Model, string Question), float[]> _vectors = new();

    public float[] GetOrAdd(string model, string question, Func<string, float[]> encode)
    {
        if (capacity <= 0)
        {
            return encode(question);
        }

        if (_vectors.TryGetValue((model, question), out var vector))
        {
            return vector;
        }

        vector = encode(question);
        if (_vectors.Count >= capacity)
        {
            _vectors.Clear();
        }

        _vectors[(model, question)] = vector;
        return vector;
    }
}
