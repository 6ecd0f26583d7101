using System.Diagnostics;
using System.Globalization;
using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Answering.Semantic;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;
using Bot.Semantic;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks.Answering;

/// <summary>"percentiles" mode: times each of the 50 messages many times, one call at a time, and prints the
/// median and 99th percentile per answer for the lexical answerer, the ranked one without vectors, the ranked one
/// with the ArcticXs vectors ready (every question encoded afresh: no query cache), and Lucene's search.</summary>
internal static class PercentileRunner
{
    private const int Rounds = 200;

    public static void Run(TextWriter output)
    {
        var facts = FactExtractor.Extract(ArticleLoader.Load(BenchmarkPaths.Seed));
        using var encoder = new ArcticXsEncoder();
        var vectors = new SentenceVectorStore(encoder, queryCacheCapacity: 0);
        vectors.PrepareAsync(facts).GetAwaiter().GetResult();
        using var lucene = new LuceneSentenceSearch(facts.Article.Sentences);
        var messages = BenchmarkQuestions.All;

        var answerers = new (string Name, IQuestionAnswerer Answerer)[]
        {
            ("lexical answer", new LexicalQuestionAnswerer()),
            ("ranked, no vectors", new RankedQuestionAnswerer()),
            ("ranked, ArcticXs vectors", new RankedQuestionAnswerer(vectors)),
        };
        var timed = answerers
            .Select(a => (a.Name, Router: new CommandRouter(new FactStore(facts), a.Answerer, NullLogger<CommandRouter>.Instance)))
            .Select(a => (a.Name, Times: Time(messages, m => a.Router.AnswerAsync(RequestParser.Parse(m)).GetAwaiter().GetResult())))
            .ToList();
        var (theirs, _) = Time(messages, m => lucene.Search(BenchmarkQuestions.AsSearchText(m)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{messages.Count} messages x {Rounds} rounds, microseconds per answer"));
        output.WriteLine("                              median      p99     mean");
        foreach (var (name, (sorted, _)) in timed)
        {
            Print(output, name, sorted);
        }

        Print(output, "Lucene.Net search (top 5)", theirs);
        var lexicalMedian = Median(timed[0].Times.Sorted);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ranked with vectors / lexical, median: {Median(timed[^1].Times.Sorted) / lexicalMedian:F1}x"));
        output.WriteLine("slowest messages for the ranked answer with vectors (median microseconds):");
        foreach (var (message, median) in timed[^1].Times.Slowest.Take(5))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {median,8:F1}  {message}"));
        }
    }

    private static double Median(double[] sorted) => sorted[sorted.Length / 2];

    private static (double[] Sorted, List<(string Message, double Median)> Slowest) Time<T>(IReadOnlyList<string> messages, Func<string, T> run)
    {
        // Warm up for a while and pause, so tiered JIT has promoted the hot methods before anything is timed.
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var m in messages)
            {
                GC.KeepAlive(run(m));
            }
        }

        Thread.Sleep(500);

        var samples = new double[messages.Count * Rounds];
        var perMessage = messages.Select(_ => new double[Rounds]).ToArray();
        var n = 0;
        for (var r = 0; r < Rounds; r++)
        {
            for (var i = 0; i < messages.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                GC.KeepAlive(run(messages[i]));
                samples[n++] = perMessage[i][r] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        Array.Sort(samples);
        var slowest = messages.Select((m, i) => (m, perMessage[i].Order().ElementAt(Rounds / 2))).OrderByDescending(x => x.Item2).ToList();
        return (samples, slowest);
    }

    private static void Print(TextWriter output, string name, double[] sorted)
    {
        var median = Median(sorted);
        var p99 = sorted[(int)Math.Ceiling(sorted.Length * 0.99) - 1];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28}{median,8:F1} {p99,8:F1} {sorted.Average(),8:F1}"));
    }
}
