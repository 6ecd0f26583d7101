namespace Bot.Core.Answering.Semantic;

/// <summary>Turns texts into unit-length vectors whose dot product says how close their meanings are. The core
/// holds no model: an implementation is registered by the host, and without one answers stay lexical.</summary>
public interface ISentenceEncoder
{
    /// <summary>The model's name, for logs and for caches that must not mix models.</summary>
    string Name { get; }

    /// <summary>One unit vector per text, in order. Questions and article sentences are encoded as different
    /// roles because retrieval models are trained with a prefix on the question side.</summary>
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, TextRole role, CancellationToken cancellationToken = default);
}
