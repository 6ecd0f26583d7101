using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Bot.Adapters.Readiness;
using Bot.Core.Telemetry;
using Bot.Discord.Tests.Fakes;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Telemetry;

public sealed class InteractionMetricsTests : IAsyncLifetime
{
    private readonly TestSigner _signer = new();
    private readonly FakeAnswerer _answerer = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscordApi _api = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        _host = await DiscordTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = _signer.PublicKeyHex,
            ["Discord:ApiBaseUrl"] = _api.BaseUrl,
        }, _answerer, _time);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task Requests_AreCountedByStatus_AndABadSignatureByReason()
    {
        var meters = _host.Service<IMeterFactory>();
        using var requests = new MetricCollector<long>(meters, BotMeter.Name, "articlebot.platform.requests");
        using var failures = new MetricCollector<long>(meters, BotMeter.Name, "articlebot.signature.failures");

        using var ping = await PostAsync("""{"type":1}""", signed: true);
        using var forged = await PostAsync("""{"type":1}""", signed: false);

        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        var statuses = requests.GetMeasurementSnapshot().Select(m => (m.Tags["platform"], m.Tags["endpoint"], m.Tags["status"])).ToList();
        Assert.Equal([("discord", "interactions", (object?)200), ("discord", "interactions", (object?)401)], statuses);
        var failure = Assert.Single(failures.GetMeasurementSnapshot());
        Assert.Equal("invalid", failure.Tags["reason"]);
    }

    [Fact]
    public void InteractionsOnly_IsReadyOnceItsPublicKeyIsSet()
    {
        var readiness = _host.Service<AdapterReadiness>();

        var link = Assert.Single(readiness.Links);
        Assert.Equal(AdapterLinks.DiscordInteractions, link.Name);
        Assert.True(link.IsReady);
    }

    private async Task<HttpResponseMessage> PostAsync(string json, bool signed)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = TestSigner.Timestamp(_time.GetUtcNow());
        using var stranger = new TestSigner();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Ed25519", (signed ? _signer : stranger).Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await _host.Client.SendAsync(request);
    }
}
