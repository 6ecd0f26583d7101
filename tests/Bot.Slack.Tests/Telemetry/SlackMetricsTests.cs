using System.Diagnostics.Metrics;
using System.Net;
using Bot.Adapters.Readiness;
using Bot.Core.Telemetry;
using Bot.Slack.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Bot.Slack.Tests.Telemetry;

public sealed class SlackMetricsTests : IAsyncLifetime
{
    private readonly FakeAnswerer answerer = new();
    private FakeSlackApi slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task ForgedRequest_CountsASignatureFailureAndA401()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);
        var meters = host.App.Services.GetRequiredService<IMeterFactory>();
        using var requests = new MetricCollector<long>(meters, BotMeter.Name, "articlebot.platform.requests");
        using var failures = new MetricCollector<long>(meters, BotMeter.Name, "articlebot.signature.failures");

        using var forged = await host.PostSignedAsync("/slack/commands", "command=%2Farticle&text=about", secret: "not-the-secret");
        using var stale = await host.PostSignedAsync("/slack/commands", "command=%2Farticle&text=about", timestamp: host.Time.GetUtcNow().AddMinutes(-10).ToUnixTimeSeconds());

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(["mismatch", "stale"], failures.GetMeasurementSnapshot().Select(m => m.Tags["reason"]));
        Assert.All(failures.GetMeasurementSnapshot(), m => Assert.Equal("slack", m.Tags["platform"]));
        Assert.All(requests.GetMeasurementSnapshot(), m => Assert.Equal((object?)401, m.Tags["status"]));
        Assert.Equal(2, requests.GetMeasurementSnapshot().Count(m => (string?)m.Tags["endpoint"] == "commands"));
    }

    [Fact]
    public async Task RateLimitedCall_CountsThe429_TheRetryAndTheSuccess()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);
        var meters = host.App.Services.GetRequiredService<IMeterFactory>();
        using var outbound = new MetricCollector<long>(meters, BotMeter.Name, "articlebot.outbound.requests");
        using var retries = new MetricCollector<long>(meters, BotMeter.Name, "articlebot.outbound.retries");
        slack.RateLimit("chat.postMessage", 1);

        using var response = await host.PostSignedAsync("/slack/events", Fixture.Text("slack-event-app-mention.json"), "application/json");
        await slack.WaitForAsync("chat.postMessage");
        await UntilAsync(() => outbound.GetMeasurementSnapshot().Any(m => 200.Equals(m.Tags["status"])) && retries.GetMeasurementSnapshot().Count > 0);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(outbound.GetMeasurementSnapshot(), m => 429.Equals(m.Tags["status"]));
        Assert.All(outbound.GetMeasurementSnapshot(), m => Assert.Equal("slack", m.Tags["platform"]));
        var retry = Assert.Single(retries.GetMeasurementSnapshot());
        Assert.Equal("rate_limited", retry.Tags["reason"]);
    }

    [Fact]
    public async Task HttpMode_IsReadyOnceAuthTestSucceeded()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        var link = Assert.Single(host.App.Services.GetRequiredService<AdapterReadiness>().Links);

        Assert.Equal(AdapterLinks.SlackApi, link.Name);
        Assert.True(link.IsReady);
    }

    [Fact]
    public async Task SocketMode_IsReadyOnHello_NotWhenDropped_AndCountsTheReconnect()
    {
        slack.BotUserId = "U111";
        await using var host = await SlackTestHost.StartAsync(slack, answerer, socketMode: true);
        using var reconnects = new MetricCollector<long>(host.App.Services.GetRequiredService<IMeterFactory>(), BotMeter.Name, "articlebot.reconnects");
        var link = host.App.Services.GetRequiredService<AdapterReadiness>().Link(AdapterLinks.SlackSocketMode);
        var first = await slack.NextConnectionAsync();
        Assert.False(link.IsReady);

        await first.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));
        await UntilAsync(() => link.IsReady);
        first.Abort();
        var second = await slack.NextConnectionAsync();
        Assert.False(link.IsReady);
        await second.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));
        await UntilAsync(() => link.IsReady);

        var reconnect = Assert.Single(reconnects.GetMeasurementSnapshot());
        Assert.Equal(AdapterLinks.SlackSocketMode, reconnect.Tags["link"]);
    }

    // Waits for the service to read what the fake sent; fails rather than hangs if it never does.
    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 3000 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition());
    }
}
