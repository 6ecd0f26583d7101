using BenchmarkDotNet.Attributes;
using Bot.Benchmarks.Answering;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks;

/// <summary>Our whole answer (parse, classify, search, facts, wording, citations) for 50 fixed messages about the
/// seed, next to Lucene.Net's bare BM25 search of the same 50 texts over the same sentences. Reported per
/// message. Target: our answer no slower than Lucene's search. Median and p99: run with "percentiles".</summary>
[MemoryDiagnoser]
[MedianColumn]
[ShortRunJob]
public class AnswerBenchmarks
{
    private CommandRouter _answerer = null!;
    private LuceneSentenceSearch _lucene = null!;
    private string[] _searchTexts = [];

    [GlobalSetup]
    public void Setup()
    {
        var facts = FactExtractor.Extract(ArticleLoader.Load(BenchmarkPaths.Seed));
        _answerer = new CommandRouter(new FactStore(facts), new LexicalQuestionAnswerer(), NullLogger<CommandRouter>.Instance);
        _lucene = new LuceneSentenceSearch(facts.Article.Sentences);
        _searchTexts = [.. BenchmarkQuestions.All.Select(BenchmarkQuestions.AsSearchText)];

        // The index is built once per snapshot; answering starts after that.
        _answerer.AnswerAsync(RequestParser.Parse(BenchmarkQuestions.All[0])).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    [Benchmark(Baseline = true, Description = "Lucene.Net search (top 5)", OperationsPerInvoke = 50)]
    public int LuceneSearch()
    {
        var total = 0;
        foreach (var text in _searchTexts)
        {
            total += _lucene.Search(text).TotalHits;
        }

        return total;
    }

    [Benchmark(Description = "CommandRouter answer", OperationsPerInvoke = 50)]
    public int Answer()
    {
        var total = 0;
        foreach (var message in BenchmarkQuestions.All)
        {
            total += _answerer.AnswerAsync(RequestParser.Parse(message)).GetAwaiter().GetResult().Citations.Count;
        }

        return total;
    }
}
