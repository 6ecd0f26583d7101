using BenchmarkDotNet.Attributes;
using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Answering.Semantic;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;
using Bot.Semantic;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks.Answering;

/// <summary>The default answerer (ranked, ArcticXs vectors ready) against the lexical one it replaced, over the
/// same 50 messages about the seed. No query cache, so every question pays for its own encoding, as a new
/// question in a chat does. Target: at most 30 ms median and 100 ms p99 per answer ("percentiles" gives both).</summary>
[MemoryDiagnoser]
[MedianColumn]
[ShortRunJob]
public class RankedAnswerBenchmarks
{
    private CommandRouter _lexical = null!;
    private CommandRouter _ranked = null!;
    private ArcticXsEncoder _encoder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var facts = FactExtractor.Extract(ArticleLoader.Load(BenchmarkPaths.Seed));
        _encoder = new ArcticXsEncoder();
        var vectors = new SentenceVectorStore(_encoder, queryCacheCapacity: 0);
        vectors.PrepareAsync(facts).GetAwaiter().GetResult();
        _lexical = new CommandRouter(new FactStore(facts), new LexicalQuestionAnswerer(), NullLogger<CommandRouter>.Instance);
        _ranked = new CommandRouter(new FactStore(facts), new RankedQuestionAnswerer(vectors), NullLogger<CommandRouter>.Instance);
        Run(_lexical);
        Run(_ranked);
    }

    [GlobalCleanup]
    public void Cleanup() => _encoder.Dispose();

    [Benchmark(Baseline = true, Description = "lexical answer", OperationsPerInvoke = 50)]
    public int Lexical() => Run(_lexical);

    [Benchmark(Description = "ranked answer, vectors ready", OperationsPerInvoke = 50)]
    public int Ranked() => Run(_ranked);

    private static int Run(CommandRouter router)
    {
        var total = 0;
        foreach (var message in BenchmarkQuestions.All)
        {
            total += router.AnswerAsync(RequestParser.Parse(message)).GetAwaiter().GetResult().Citations.Count;
        }

        return total;
    }
}
