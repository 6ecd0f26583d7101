using System.Diagnostics.Metrics;
using Bot.Adapters.Readiness;
using Bot.Adapters.Telemetry;
using Bot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Bot.Adapters.Tests.Telemetry;

public sealed class AdapterMetricsTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    private IMeterFactory Meters => services.GetRequiredService<IMeterFactory>();

    public void Dispose() => services.Dispose();

    [Fact]
    public void QueueGauges_ShowWhatWaitsAndWhatAFullQueueTurnedAway()
    {
        var queue = new ReplyQueue<int>(2, "test");
        var metrics = new AdapterMetrics(Meters, [queue]);
        using var depth = new MetricCollector<int>(Meters, BotMeter.Name, "articlebot.queue.depth");
        using var drops = new MetricCollector<long>(Meters, BotMeter.Name, "articlebot.queue.drops");

        Assert.True(queue.TryEnqueue(1));
        Assert.True(queue.TryEnqueue(2));
        Assert.False(queue.TryEnqueue(3));
        Assert.False(queue.TryEnqueue(4));
        depth.RecordObservableInstruments();
        drops.RecordObservableInstruments();

        Assert.Equal(2, depth.LastMeasurement!.Value);
        Assert.Equal("test", depth.LastMeasurement.Tags["queue"]);
        Assert.Equal(2, drops.LastMeasurement!.Value);
        GC.KeepAlive(metrics);
    }

    [Fact]
    public void Link_CountsAReconnectOnlyWhenItComesBackAfterADrop()
    {
        var metrics = new AdapterMetrics(Meters, []);
        using var reconnects = new MetricCollector<long>(Meters, BotMeter.Name, "articlebot.reconnects");
        var readiness = new AdapterReadiness([new ReadinessExpectation("link", "waiting for hello")], metrics);
        var link = readiness.Link("link");

        Assert.Equal("waiting for hello", link.NotReadyReason);
        link.Up();
        link.Up();
        Assert.True(link.IsReady);
        Assert.Empty(reconnects.GetMeasurementSnapshot());

        link.Down("connection lost");
        Assert.Equal("connection lost", link.NotReadyReason);
        link.Up();

        Assert.True(link.IsReady);
        Assert.Single(reconnects.GetMeasurementSnapshot());
    }

    [Fact]
    public void UnregisteredLink_IsNotWaitedFor()
    {
        var readiness = new AdapterReadiness([new ReadinessExpectation("expected", "waiting")]);

        readiness.Link("stray").Up();

        Assert.Equal(["expected"], readiness.Links.Select(l => l.Name));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(429)]
    [InlineData(503)]
    public async Task OutboundHandler_CountsEachResponseByStatus(int status)
    {
        var metrics = new AdapterMetrics(Meters, []);
        using var outbound = new MetricCollector<long>(Meters, BotMeter.Name, "articlebot.outbound.requests");
        using var client = new HttpClient(new OutboundMetricsHandler(metrics, "test") { InnerHandler = new Answering((System.Net.HttpStatusCode)status) });

        using var response = await client.GetAsync(new Uri("http://127.0.0.1:9/"));

        var measurement = Assert.Single(outbound.GetMeasurementSnapshot());
        Assert.Equal((object?)status, measurement.Tags["status"]);
        Assert.Equal("test", measurement.Tags["platform"]);
    }

    private sealed class Answering(System.Net.HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status));
    }
}
