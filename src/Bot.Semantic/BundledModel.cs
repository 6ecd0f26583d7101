using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using PackageEncoder = SentenceTransformers.ISentenceEncoder;

namespace Bot.Semantic;

/// <summary>A model that ships inside its package dll, loaded on the first encode so a host that never asks for
/// vectors pays neither the ~90 MB nor the load time. Safe for concurrent callers: the package's tokenizer only
/// reads its vocabulary and ONNX Runtime's <c>InferenceSession.Run</c> is thread-safe, so no lock is taken.</summary>
internal sealed class BundledModel : IDisposable
{
    // Sorting by length and cutting into batches keeps padding (the package pads to the batch's longest text) small.
    private const int BatchSize = 32;

    private readonly Lazy<PackageEncoder> _encoder;
    private long _loadTicks;

    /// <param name="load">Creates the package's encoder with the given session options.</param>
    /// <param name="intraOpThreads">Threads one ONNX run may use.</param>
    public BundledModel(Func<SessionOptions, PackageEncoder> load, int intraOpThreads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intraOpThreads, 1);
        _encoder = new(() => Load(load, intraOpThreads), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>How long loading the model took; zero before the first encode.</summary>
    public TimeSpan LoadTime => TimeSpan.FromTicks(Interlocked.Read(ref _loadTicks));

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        cancellationToken.ThrowIfCancellationRequested();
        if (texts.Count == 0)
        {
            return [];
        }

        var encoder = _encoder.Value;
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        var vectors = new float[texts.Count][];
        foreach (var batch in order.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var encoded = Run(encoder, [.. batch.Select(i => prefix + texts[i])], cancellationToken);
            for (var n = 0; n < batch.Length; n++)
            {
                vectors[batch[n]] = Normalized(encoded[n]);
            }
        }

        return vectors;
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated && _encoder.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    private PackageEncoder Load(Func<SessionOptions, PackageEncoder> load, int intraOpThreads)
    {
        var clock = Stopwatch.StartNew();
        var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        var encoder = load(options);
        Interlocked.Exchange(ref _loadTicks, clock.Elapsed.Ticks);
        return encoder;
    }

    private static float[][] Run(PackageEncoder encoder, string[] texts, CancellationToken cancellationToken)
    {
        try
        {
            return encoder.Encode(texts, cancellationToken);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            // The package stops a cancelled run by terminating it, which ONNX Runtime reports as a failure.
            throw new OperationCanceledException(cancellationToken);
        }
    }

    // The packages already normalise; doing it again is cheap and keeps the interface's promise if a version does not.
    private static float[] Normalized(float[] vector)
    {
        var sum = 0.0;
        foreach (var x in vector)
        {
            sum += x * x;
        }

        if (sum is 0 or double.NaN || Math.Abs(sum - 1) < 1e-6)
        {
            return vector;
        }

        var scale = (float)(1 / Math.Sqrt(sum));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] *= scale;
        }

        return vector;
    }
}
