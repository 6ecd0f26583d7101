using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;
using Bot.Core.Tests.Articles;

namespace Bot.Core.Tests.Answering;

/// <summary>The articles the question suites ask about, loaded and extracted once per test run.</summary>
internal static class TestArticles
{
    private static readonly Lazy<ArticleFacts> SeedFacts = new(() => Extract(SeedPath));
    private static readonly Lazy<ArticleFacts> CyprusFacts = new(() => ExtractTempEval("nyt_20130321_cyprus", "The New York Times"));
    private static readonly Lazy<ArticleFacts> CnnFacts = new(() => ExtractTempEval("CNN_20130321_821", "CNN"));
    private static readonly Lazy<CommandRouter> SeedAnswerer = new(() => TestRouter.Over(SeedFacts.Value));
    private static readonly Lazy<Completer> SeedCompleter = new(() => new Completer(new FactStore(SeedFacts.Value)));

    public static string SeedPath => TestPaths.Seed;

    public static ArticleFacts Seed => SeedFacts.Value;

    public static CommandRouter SeedAnswers => SeedAnswerer.Value;

    public static Completer SeedCompletions => SeedCompleter.Value;

    public static ArticleFacts Get(string article) => article switch
    {
        "seed" => SeedFacts.Value,
        "cyprus" => CyprusFacts.Value,
        "cnn" => CnnFacts.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(article), article, "no such test article"),
    };

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Questions", name);

    private static ArticleFacts Extract(string path) => FactExtractor.Extract(ArticleLoader.Load(path));

    /// <summary>A TempEval-3 article as a reader would save it: front matter with the title and publication date
    /// from docs.tsv, the title, then the text. The texts stay in the shared folder (publishers' copyright).</summary>
    private static ArticleFacts ExtractTempEval(string doc, string outlet)
    {
        var folder = ArticleFiles.TempEvalTextDirectory;
        var row = File.ReadLines(Path.Combine(folder, "..", "docs.tsv"))
            .Select(line => line.Split('\t'))
            .Single(fields => fields[0] == doc);
        var (published, title) = (row[1], row[2]);
        var content = $"---\ntitle: \"{title}\"\noutlet: {outlet}\npublished: {published}\n---\n{title}\n\n{File.ReadAllText(Path.Combine(folder, doc + ".txt"))}";
        return FactExtractor.Extract(ArticleLoader.Parse(content, doc + ".txt"));
    }
}
