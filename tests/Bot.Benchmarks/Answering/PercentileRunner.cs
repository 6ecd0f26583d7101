using System.Diagnostics;
using System.Globalization;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Benchmarks.Answering;

/// <summary>"percentiles" mode: times each of the 50 messages many times, one call at a time, and prints the
/// median and 99th percentile per answer for our answerer and for Lucene's search.</summary>
internal static class PercentileRunner
{
    private const int Rounds = 200;

    public static void Run(TextWriter output)
    {
        var facts = FactExtractor.Extract(ArticleLoader.Load(BenchmarkPaths.Seed));
        var answerer = new CommandRouter(new FactStore(facts), new LexicalQuestionAnswerer(), NullLogger<CommandRouter>.Instance);
        using var lucene = new LuceneSentenceSearch(facts.Article.Sentences);
        var messages = BenchmarkQuestions.All;

        var (ours, slowest) = Time(messages, m => answerer.AnswerAsync(RequestParser.Parse(m)).GetAwaiter().GetResult());
        var (theirs, _) = Time(messages, m => lucene.Search(BenchmarkQuestions.AsSearchText(m)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{messages.Count} messages x {Rounds} rounds, microseconds per answer"));
        output.WriteLine("                              median      p99     mean");
        Print(output, "CommandRouter answer", ours);
        Print(output, "Lucene.Net search (top 5)", theirs);
        output.WriteLine("slowest messages for CommandRouter (median microseconds):");
        foreach (var (message, median) in slowest.Take(5))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {median,8:F1}  {message}"));
        }
    }

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
        var median = sorted[sorted.Length / 2];
        var p99 = sorted[(int)Math.Ceiling(sorted.Length * 0.99) - 1];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28}{median,8:F1} {p99,8:F1} {sorted.Average(),8:F1}"));
    }
}
