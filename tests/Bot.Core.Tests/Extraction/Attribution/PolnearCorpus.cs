using System.Text.Json;

namespace Bot.Core.Tests.Extraction.Attribution;

/// <summary>The PolNeAR dev articles and their gold attributions (character offsets into the text files).</summary>
internal static class PolnearCorpus
{
    public static string Directory() => TestPaths.Eval("polnear");

    public static IReadOnlyList<GoldArticle> LoadDev() => Load("dev");

    /// <summary>The held-out split: scored for the record, never used to develop rules.</summary>
    public static IReadOnlyList<GoldArticle> LoadTest() => Load("test");

    private static IReadOnlyList<GoldArticle> Load(string split)
    {
        var root = Directory();
        var articles = new List<GoldArticle>();
        foreach (var line in File.ReadLines(Path.Combine(root, split + "-gold.jsonl")))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var name = json.RootElement.GetProperty("article").GetString()!;
            var gold = new List<GoldAttribution>();
            foreach (var a in json.RootElement.GetProperty("attributions").EnumerateArray())
            {
                gold.Add(new GoldAttribution(Spans(a, "source"), Spans(a, "cue"), Spans(a, "content")));
            }

            var path = Path.Combine(root, split, "text", name + ".txt");
            articles.Add(new GoldArticle(name, path, File.ReadAllText(path), gold));
        }

        return articles;
    }

    private static List<(int Start, int End)> Spans(JsonElement attribution, string role)
    {
        var spans = new List<(int, int)>();
        if (attribution.TryGetProperty(role, out var list))
        {
            foreach (var s in list.EnumerateArray())
            {
                spans.Add((s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32()));
            }
        }

        return spans;
    }
}

internal sealed record GoldAttribution(IReadOnlyList<(int Start, int End)> Source, IReadOnlyList<(int Start, int End)> Cue, IReadOnlyList<(int Start, int End)> Content);

internal sealed record GoldArticle(string Name, string Path, string Text, IReadOnlyList<GoldAttribution> Attributions);
