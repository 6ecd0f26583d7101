using BenchmarkDotNet.Attributes;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;
using Bot.Core.Hosting;

namespace Bot.Benchmarks.Loading;

/// <summary>Reading, parsing and extracting the facts of the seed article and of a 1 MB article.
/// Targets: the seed in under 5 ms, 1 MB in under 1 s.</summary>
[MemoryDiagnoser]
public class LoadAndExtractBenchmarks
{
    private string largePath = string.Empty;
    private ArticleDocument seedDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        largePath = LargeArticle.Create();
        seedDocument = ArticleLoader.Load(BenchmarkPaths.Seed);
    }

    [Benchmark(Description = "seed: load + extract")]
    public ArticleFacts Seed() => ArticleFactsLoader.Load(BenchmarkPaths.Seed);

    [Benchmark(Description = "seed: extract only")]
    public ArticleFacts SeedExtractOnly() => FactExtractor.Extract(seedDocument);

    [Benchmark(Description = "1 MB: load + extract")]
    public ArticleFacts OneMegabyte() => ArticleFactsLoader.Load(largePath);
}
