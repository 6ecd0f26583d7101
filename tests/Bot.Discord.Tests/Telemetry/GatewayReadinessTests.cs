using System.Diagnostics.Metrics;
using Bot.Adapters.Readiness;
using Bot.Core.Telemetry;
using Bot.Discord.Tests.Fakes;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Telemetry;

public sealed class GatewayReadinessTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly ScriptedGateway _gateway = new();
    private readonly FakeAnswerer _answerer = new();
    private FakeDiscordApi _api = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync(_time);
        _host = await DiscordTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = DiscordTestHost.Token,
            ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
            ["Discord:RegisterCommands"] = "false",
            ["Discord:ApiBaseUrl"] = _api.BaseUrl,
        }, _answerer, _time, _gateway);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Gateway_IsReadyOnReady_NotReadyWhenDropped_AndCountsTheResumeAsAReconnect()
    {
        using var reconnects = new MetricCollector<long>(_host.Service<IMeterFactory>(), BotMeter.Name, "articlebot.reconnects");
        var link = _host.Service<AdapterReadiness>().Link(AdapterLinks.DiscordGateway);
        Assert.False(link.IsReady);

        var first = await _gateway.NextConnectionAsync();
        first.Push(Fixture("discord-gateway-hello.json"));
        await first.NextSentAsync(2);
        Assert.False(link.IsReady);
        first.Push(Fixture("synthetic-gateway-ready.json"));
        await HeartbeatRoundTripAsync(first);
        Assert.True(link.IsReady);
        Assert.Empty(reconnects.GetMeasurementSnapshot());

        first.Push("""{"op":7,"d":null}""");
        var second = await _gateway.NextConnectionAsync();
        Assert.False(link.IsReady);
        Assert.Equal("gateway connection lost", link.NotReadyReason);

        second.Push(Fixture("discord-gateway-hello.json"));
        await second.NextSentAsync(6);
        second.Push("""{"op":0,"t":"RESUMED","s":7,"d":{}}""");
        await HeartbeatRoundTripAsync(second);

        Assert.True(link.IsReady);
        var reconnect = Assert.Single(reconnects.GetMeasurementSnapshot());
        Assert.Equal(1, reconnect.Value);
        Assert.Equal(AdapterLinks.DiscordGateway, reconnect.Tags["link"]);
    }

    // A server-requested heartbeat is answered in order, so everything pushed before it has been read.
    private static async Task HeartbeatRoundTripAsync(ScriptedTransport connection)
    {
        connection.Push("""{"op":1,"d":null}""");
        await connection.NextSentAsync(1);
    }

    private static string Fixture(string name) => Interactions.InteractionEndpointTests.Fixture(name);
}
