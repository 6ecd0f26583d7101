using System.Globalization;

namespace Bot.Core.Tests.Extraction.Time;

/// <summary>The TempEval-3 Platinum articles: plain text, publication date (DCT) and gold TIMEX3 spans.</summary>
internal sealed record TempEvalDocument(string Name, string Text, DateOnly Dct, IReadOnlyList<GoldTimex> Gold);

internal sealed record GoldTimex(int Start, int End, string Text, string Type, string Value);

internal static class TempEvalCorpus
{
    public static IReadOnlyList<TempEvalDocument> Load()
    {
        var folder = Locate();
        var gold = File.ReadLines(Path.Combine(folder, "gold-timex.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .GroupBy(f => f[0])
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<GoldTimex>)[.. g.Select(f => new GoldTimex(Int(f[2]), Int(f[3]), f[4], f[5], f[6]))]);
        return [.. File.ReadLines(Path.Combine(folder, "docs.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Select(f => new TempEvalDocument(
                f[0],
                File.ReadAllText(Path.Combine(folder, "text", f[0] + ".txt")),
                DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                gold.GetValueOrDefault(f[0], [])))];
    }

    private static string Locate() => TestPaths.Eval("te3-platinum");

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
