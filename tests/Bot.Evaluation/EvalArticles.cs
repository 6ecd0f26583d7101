using System.Collections.Concurrent;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Evaluation;

/// <summary>The dev set's articles, loaded and extracted once each. Shared articles are read as a reader would
/// save them: front matter with title, outlet and publication date from the corpus metadata, then the text.
/// The texts stay in the shared folder (publishers' copyright).</summary>
internal static class EvalArticles
{
    private static readonly ConcurrentDictionary<string, Lazy<ArticleFacts>> Cache = new(StringComparer.Ordinal);
    private static readonly Lazy<Dictionary<string, string[]>> PolnearMetadata = new(() => Rows("polnear", "metadata.tsv", 1));
    private static readonly Lazy<Dictionary<string, string[]>> TempEvalDocs = new(() => Rows("te3-platinum", "docs.tsv", 0));

    public static ArticleFacts Get(string article) =>
        Cache.GetOrAdd(article, id => new Lazy<ArticleFacts>(() => FactExtractor.Extract(Load(id)))).Value;

    private static ArticleDocument Load(string article)
    {
        if (article == "seed")
        {
            return ArticleLoader.Load(EvalPaths.Seed);
        }

        var path = EvalPaths.Eval(article.Split('/'));
        var name = Path.GetFileNameWithoutExtension(path);
        var text = File.ReadAllText(path);
        if (article.StartsWith("polnear/", StringComparison.Ordinal) && PolnearMetadata.Value.TryGetValue(name, out var meta))
        {
            // metadata.tsv: compartment, filename, level, annotators, publisher, publication_date, author, title, ...
            return ArticleLoader.Parse(FrontMatter(meta[7], meta[4], meta[5]) + text, name + ".txt");
        }

        if (article.StartsWith("te3-platinum/", StringComparison.Ordinal) && TempEvalDocs.Value.TryGetValue(name, out var doc))
        {
            // TempEval texts carry no title line, so the reader's copy puts it first.
            return ArticleLoader.Parse(FrontMatter(doc[2], Outlet(name), doc[1]) + doc[2] + "\n\n" + text, name + ".txt");
        }

        return ArticleLoader.Parse(text, name + ".txt");
    }

    private static string FrontMatter(string title, string outlet, string published) =>
        $"---\ntitle: \"{title.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\noutlet: {outlet}\npublished: {published}\n---\n";

    private static string Outlet(string doc) => doc.Split('_')[0] switch
    {
        "AP" => "AP",
        "CNN" => "CNN",
        "bbc" => "BBC",
        "nyt" => "The New York Times",
        "WSJ" => "The Wall Street Journal",
        var other => other,
    };

    private static Dictionary<string, string[]> Rows(string corpus, string file, int keyColumn) =>
        File.ReadLines(EvalPaths.Eval(corpus, file))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length > keyColumn)
            .GroupBy(fields => fields[keyColumn], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
