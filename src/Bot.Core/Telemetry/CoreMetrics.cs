using System.Diagnostics.Metrics;
using Bot.Core.Answering;

namespace Bot.Core.Telemetry;

/// <summary>The core's instruments: every answer (whichever adapter asked), its latency, and the article in force.
/// Tag values are cached strings and boxes, so recording an answer allocates nothing.</summary>
public sealed class CoreMetrics
{
    private static readonly object Found = true;
    private static readonly object NotFound = false;
    private static readonly string[] KindNames = Enum.GetNames<AnswerKind>().Select(ToSnakeCase).ToArray();

    // Answers take from well under a millisecond (catalogue commands) to seconds (a cold semantic answer).
    private static readonly double[] LatencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly TimeProvider time;
    private readonly Counter<long> answers;
    private readonly Histogram<double> latency;
    private double lastLoadSeconds = double.NaN;
    private long loadedAtTicks;

    public CoreMetrics(IMeterFactory meterFactory, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        time = timeProvider ?? TimeProvider.System;
        var meter = meterFactory.Create(BotMeter.Name);
        answers = meter.CreateCounter<long>("articlebot.answers", "{answer}", "Answers given, by command, answer kind and whether the article supported one.");
        latency = meter.CreateHistogram(
            "articlebot.answer.duration",
            "s",
            "Time to answer one request in the core, by command.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        meter.CreateObservableGauge("articlebot.article.load.duration", ObserveLoad, "s", "How long the article in force took to load and extract.");
        meter.CreateObservableGauge("articlebot.article.age", ObserveAge, "s", "Seconds since the facts snapshot in force was published.");
    }

    /// <summary>Counts one answer to <paramref name="command"/>, a catalogue name or "unknown" (never the user's
    /// text: that would make a label per typo).</summary>
    public void RecordAnswer(string command, Answer answer, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var kind = (uint)answer.Kind < (uint)KindNames.Length ? KindNames[(int)answer.Kind] : "other";
        answers.Add(1,
            new KeyValuePair<string, object?>("command", command),
            new KeyValuePair<string, object?>("kind", kind),
            new KeyValuePair<string, object?>("found", answer.Found ? Found : NotFound));
        latency.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("command", command));
    }

    /// <summary>Remembers the load of the snapshot just published.</summary>
    public void RecordArticleLoad(TimeSpan elapsed)
    {
        Volatile.Write(ref lastLoadSeconds, elapsed.TotalSeconds);
        Volatile.Write(ref loadedAtTicks, time.GetUtcNow().UtcTicks);
    }

    private IEnumerable<Measurement<double>> ObserveLoad()
    {
        var seconds = Volatile.Read(ref lastLoadSeconds);
        return double.IsNaN(seconds) ? [] : [new Measurement<double>(seconds)];
    }

    private IEnumerable<Measurement<double>> ObserveAge()
    {
        var ticks = Volatile.Read(ref loadedAtTicks);
        return ticks == 0 ? [] : [new Measurement<double>((time.GetUtcNow().UtcTicks - ticks) / (double)TimeSpan.TicksPerSecond)];
    }

    private static string ToSnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
