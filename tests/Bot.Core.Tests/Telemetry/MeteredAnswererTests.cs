using System.Diagnostics.Metrics;
using Bot.Core.Answering;
using Bot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Telemetry;

public sealed class MeteredAnswererTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private IMeterFactory Meters => services.GetRequiredService<IMeterFactory>();

    public void Dispose() => services.Dispose();

    [Fact]
    public async Task EveryAnswer_IsCountedByCatalogueCommandKindAndFound_AndTimed()
    {
        var metrics = new CoreMetrics(Meters);
        using var answers = new MetricCollector<long>(Meters, BotMeter.Name, "articlebot.answers");
        using var latency = new MetricCollector<double>(Meters, BotMeter.Name, "articlebot.answer.duration");
        var answerer = new MeteredAnswerer(new Fixed(), metrics);

        await answerer.AnswerAsync(new BotRequest("WHO", "Zhao Lijian"));
        await answerer.AnswerAsync(new BotRequest("who", "nobody at all"));
        await answerer.AnswerAsync(new BotRequest("frobnicate-42", "x"));

        var counted = answers.GetMeasurementSnapshot().Select(m => (m.Tags["command"], m.Tags["kind"], m.Tags["found"])).ToList();
        Assert.Equal(
            [("who", "who_is", (object?)true), ("who", "not_found", (object?)false), ("unknown", "unknown_command", (object?)false)],
            counted);
        Assert.Equal(3, latency.GetMeasurementSnapshot().Count);
        Assert.All(latency.GetMeasurementSnapshot(), m => Assert.True(m.Value >= 0));
    }

    [Fact]
    public void ArticleGauges_ReportTheLoadTimeAndTheSnapshotsAge()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        var metrics = new CoreMetrics(Meters, time);
        using var load = new MetricCollector<double>(Meters, BotMeter.Name, "articlebot.article.load.duration");
        using var age = new MetricCollector<double>(Meters, BotMeter.Name, "articlebot.article.age");

        age.RecordObservableInstruments();
        Assert.Null(age.LastMeasurement);

        metrics.RecordArticleLoad(TimeSpan.FromMilliseconds(1250));
        time.Advance(TimeSpan.FromMinutes(2));
        load.RecordObservableInstruments();
        age.RecordObservableInstruments();

        Assert.Equal(1.25, load.LastMeasurement!.Value);
        Assert.Equal(120, age.LastMeasurement!.Value);
    }

    private sealed class Fixed : IArticleAnswerer
    {
        public Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(request.Argument switch
            {
                "Zhao Lijian" => new Answer(AnswerKind.WhoIs, "/who Zhao Lijian", true, "A spokesman.", [], []),
                "nobody at all" => new Answer(AnswerKind.NotFound, "/who nobody at all", false, "The article doesn't say.", [], []),
                _ => new Answer(AnswerKind.UnknownCommand, "/frobnicate-42 x", false, "Try /help.", [], []),
            });
    }
}
