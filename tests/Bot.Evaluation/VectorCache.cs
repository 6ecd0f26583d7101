using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Bot.Core.Answering.Semantic;

namespace Bot.Evaluation;

/// <summary>Vectors kept on disk between evaluation runs, one small file per text under
/// <c>{temp}/articlebot-vectors/{encoder}/</c>, named by the SHA-256 of the role and the text. A file that is
/// missing, short, or of another dimension is encoded again and rewritten, so a crash mid-write costs one encode.</summary>
internal sealed class VectorCache(ISentenceEncoder encoder, bool readCache = true) : ISentenceEncoder
{
    private static readonly byte[] Magic = "ABV1"u8.ToArray();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "articlebot-vectors", encoder.Name);
    private long _encoded;
    private long _encodeTicks;

    public ISentenceEncoder Encoder => encoder;

    /// <inheritdoc />
    public string Name => encoder.Name;

    /// <summary>Texts that had to be encoded (not found in the cache).</summary>
    public long Encoded => Interlocked.Read(ref _encoded);

    /// <summary>Wall time spent inside the encoder, summed over threads.</summary>
    public TimeSpan EncodeTime => TimeSpan.FromTicks(Interlocked.Read(ref _encodeTicks));

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts, TextRole role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Directory.CreateDirectory(_folder);
        var paths = texts.Select(t => Path.Combine(_folder, Key(role, t) + ".vec")).ToArray();
        var vectors = paths.Select(p => readCache ? Read(p) : null).ToArray();
        var missing = Enumerable.Range(0, texts.Count).Where(i => vectors[i] is null).ToArray();
        if (missing.Length == 0)
        {
            return vectors!;
        }

        var clock = Stopwatch.StartNew();
        var fresh = encoder.Encode([.. missing.Select(i => texts[i])], role, cancellationToken);
        Interlocked.Add(ref _encodeTicks, clock.Elapsed.Ticks);
        Interlocked.Add(ref _encoded, missing.Length);
        for (var n = 0; n < missing.Length; n++)
        {
            vectors[missing[n]] = fresh[n];
            Write(paths[missing[n]], fresh[n]);
        }

        return vectors!;
    }

    private static string Key(TextRole role, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(role + "\n" + text)));

    private static float[]? Read(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < 8 || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
            {
                return null;
            }

            var dimension = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
            if (dimension <= 0 || bytes.Length != 8 + (4 * dimension))
            {
                return null;
            }

            var vector = new float[dimension];
            for (var i = 0; i < dimension; i++)
            {
                vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(8 + (4 * i)));
            }

            return vector.All(float.IsFinite) ? vector : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Write(string path, float[] vector)
    {
        var bytes = new byte[8 + (4 * vector.Length)];
        Magic.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), vector.Length);
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(8 + (4 * i)), vector[i]);
        }

        // Written beside and moved into place, so a reader never sees half a file under the real name.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException)
        {
            // Another run wrote it first, or the disk is full: the vector is still returned, only not kept.
            File.Delete(temporary);
        }
    }
}
