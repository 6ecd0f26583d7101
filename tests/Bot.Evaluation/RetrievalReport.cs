using System.Globalization;
using System.Text;

namespace Bot.Evaluation;

/// <summary>Recall@1, @3 and @5 of the gold sentence for each ranking, overall and per question type, with the
/// encoder's timings: load, and milliseconds per encoded text in wall time (what parallel encoding buys) and
/// per thread (what one encode costs).</summary>
internal sealed record RetrievalReport(
    string Encoder,
    IReadOnlyList<RetrievalRanks> Ranks,
    int Articles,
    int Sentences,
    TimeSpan Extract,
    TimeSpan FirstEncode,
    TimeSpan? Load,
    TimeSpan EncodeWall,
    long Encoded,
    TimeSpan EncodeThreads,
    int Degree)
{
    private static readonly int[] Cutoffs = [1, 3, 5];

    private static readonly (string Name, Func<RetrievalRanks, int?> Rank)[] Methods =
    [
        ("cosine", r => r.Cosine),
        ("bm25", r => r.Bm25),
        ("rrf", r => r.Fused),
    ];

    public string Format(string split)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"retrieval {split}, encoder {Encoder}: {Ranks.Count} answerable questions over {Articles} articles ({Sentences} sentences); {Ranks.Count(r => !r.HasGold)} with no sentence matching the gold cite (count as misses)");
        text.AppendLine(inv, $"  extraction {Extract.TotalSeconds:F1} s; model load {Millis(Load)} (first encode {FirstEncode.TotalMilliseconds:F0} ms)");
        text.AppendLine(Encoded == 0
            ? $"  every vector came from the cache ({Path.Combine(Path.GetTempPath(), "articlebot-vectors", Encoder)})"
            : $"  encoded {Encoded} texts over {Degree} thread(s): {EncodeWall.TotalMilliseconds / Encoded:F2} ms per text wall, {EncodeThreads.TotalMilliseconds / Encoded:F2} ms per text per thread");
        text.Append(inv, $"  {"type",-13} {"n",4}");
        foreach (var (name, _) in Methods)
        {
            text.Append(inv, $"  {name + " @1/@3/@5",-20}");
        }

        text.AppendLine();
        Row(text, "all", Ranks);
        foreach (var type in Ranks.GroupBy(r => r.Question.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(text, type.Key, [.. type]);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string label, IReadOnlyList<RetrievalRanks> ranks)
    {
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"  {label,-13} {ranks.Count,4}");
        foreach (var (_, rank) in Methods)
        {
            var cells = Cutoffs.Select(k => (100.0 * ranks.Count(r => rank(r) <= k) / Math.Max(1, ranks.Count)).ToString("F1", inv));
            text.Append(inv, $"  {string.Join(" / ", cells),-20}");
        }

        text.AppendLine();
    }

    private static string Millis(TimeSpan? time) => time is { } t ? $"{t.TotalMilliseconds:F0} ms" : "n/a";
}
