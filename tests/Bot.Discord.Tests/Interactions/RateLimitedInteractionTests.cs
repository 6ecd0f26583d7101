using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Interactions;

public sealed class RateLimitedInteractionTests : IAsyncLifetime
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
            ["RateLimits:UserPermits"] = "1",
        }, _answerer, _time);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task AUserOverTheLimit_GetsAnEphemeralNotice_EachTime_NeverAnOpenDeferral()
    {
        var answered = await CommandAsync("1", "U1");
        var notice = await CommandAsync("2", "U1");
        var again = await CommandAsync("3", "U1");
        var otherUser = await CommandAsync("4", "U2");

        Assert.Equal(4, (int)answered["type"]!);
        Assert.Null(answered["data"]!["flags"]);
        Assert.Equal(4, (int)notice["type"]!);
        Assert.Equal(64, (int)notice["data"]!["flags"]!);
        Assert.Contains("asking faster than I can answer", (string)notice["data"]!["content"]!, StringComparison.Ordinal);
        Assert.Equal(4, (int)again["type"]!);
        Assert.Equal(64, (int)again["data"]!["flags"]!);
        Assert.Contains("still asking faster", (string)again["data"]!["content"]!, StringComparison.Ordinal);
        Assert.Equal(4, (int)otherUser["type"]!);
        Assert.Equal(2, _answerer.Requests.Count);
    }

    private async Task<JsonNode> CommandAsync(string id, string user)
    {
        var json = $$$"""{"id":"{{{id}}}","application_id":"{{{DiscordTestHost.ApplicationId}}}","type":2,"token":"tok{{{id}}}","channel_id":"C{{{id}}}","member":{"user":{"id":"{{{user}}}"}},"data":{"id":"9","name":"who","type":1,"options":[{"type":3,"name":"person","value":"Zhao"}]}}""";
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = TestSigner.Timestamp(_time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Ed25519", _signer.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
