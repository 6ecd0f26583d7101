using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Interactions;

public sealed class InteractionEndpointTests : IAsyncLifetime
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
    public async Task Ping_GetsPong()
    {
        using var response = await PostSignedAsync("""{"type":1,"id":"1","application_id":"2","token":"t"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WhoCommand_IsAnsweredInlineWithACitationAndNoPings()
    {
        var interaction = JsonNode.Parse(Fixture("discord-interaction-command.json"))!;
        interaction["application_id"] = DiscordTestHost.ApplicationId;
        interaction["data"] = JsonNode.Parse("""{"id":"1","name":"who","type":1,"options":[{"type":3,"name":"person","value":"Zhao Lijian"}]}""");

        using var response = await PostSignedAsync(interaction.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, (int)body["type"]!);
        Assert.Equal("[]", body["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
        var field = body["data"]!["embeds"]![0]!["fields"]![0]!;
        Assert.Equal("¶3 · sentence 2", (string)field["name"]!);
        Assert.Contains("Zhao Lijian, a spokesman", (string)field["value"]!, StringComparison.Ordinal);
        Assert.Equal(new BotRequest("who", "Zhao Lijian"), Assert.Single(_answerer.Requests));
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Autocomplete_ReturnsMatchingChoicesAtMost25()
    {
        _answerer.Names = [.. Enumerable.Range(0, 40).Select(i => $"Zed {i}"), "Alice"];
        var interaction = JsonNode.Parse(Fixture("discord-interaction-autocomplete.json"))!;
        interaction["id"] = "5";
        interaction["token"] = "tok";
        interaction["data"]!["name"] = "who";
        interaction["data"]!["options"]![0]!["name"] = "person";
        interaction["data"]!["options"]![0]!["value"] = "zE";

        using var response = await PostSignedAsync(interaction.ToJsonString());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(8, (int)body["type"]!);
        var choices = body["data"]!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.All(choices, c => Assert.StartsWith("Zed ", (string)c!["value"]!, StringComparison.Ordinal));
        Assert.Equal(("who", "person", "zE", 25), Assert.Single(_answerer.Completions));
    }

    [Fact]
    public async Task SlowAnswer_IsDeferredThenTheOriginalResponseIsEdited()
    {
        _answerer.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posting = PostSignedAsync("""{"type":2,"id":"7","application_id":"1100000000000000001","token":"interaction-token-7","data":{"name":"ask","options":[{"name":"question","type":3,"value":"When was it published?"}]}}""");

        await _answerer.Started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        _time.Advance(TimeSpan.FromSeconds(2));
        using var response = await posting;

        Assert.Equal("""{"type":5}""", await response.Content.ReadAsStringAsync());
        Assert.Empty(_api.Requests);
        _answerer.Gate.SetResult();
        var edit = await _api.WaitForAsync("PATCH", "webhooks/1100000000000000001/interaction-token-7/messages/@original");
        var body = JsonNode.Parse(edit.Body)!;
        Assert.Equal("[]", body["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal("¶3 · sentence 2", (string)body["embeds"]![0]!["fields"]![0]!["name"]!);
        Assert.Equal(BotRequest.Question("When was it published?"), Assert.Single(_answerer.Requests));
    }

    [Fact]
    public async Task SourcesButton_AnswersWithTheSourcesOnlyTheClickerSees()
    {
        using var response = await PostSignedAsync("""{"type":3,"id":"8","application_id":"1","token":"t8","data":{"custom_id":"articlebot:sources","component_type":2}}""");

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, (int)body["type"]!);
        Assert.Equal(64, (int)body["data"]!["flags"]!);
        Assert.Equal(new BotRequest("sources", ""), Assert.Single(_answerer.Requests));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("tampered")]
    [InlineData("wrong key")]
    [InlineData("bad hex")]
    public async Task BadSignature_Gets401AndIsNotParsed(string problem)
    {
        var body = Encoding.UTF8.GetBytes("""{"type":2,"id":"1","application_id":"1","token":"t","data":{"name":"who"}}""");
        var timestamp = TestSigner.Timestamp(_time.GetUtcNow());
        using var stranger = new TestSigner();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        var signature = problem switch
        {
            "wrong key" => stranger.Sign(timestamp, body),
            "bad hex" => new string('x', 128),
            _ => _signer.Sign(timestamp, body),
        };
        if (problem != "missing")
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        if (problem == "tampered")
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"type":2,"id":"1","application_id":"1","token":"t","data":{"name":"ask"}}"""));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid request signature", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_answerer.Requests);
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest, "not a valid interaction")]
    [InlineData("null", HttpStatusCode.BadRequest, "not a valid interaction")]
    [InlineData("""{"type":"two"}""", HttpStatusCode.BadRequest, "not a valid interaction")]
    [InlineData("""{"type":99,"id":"1","token":"t"}""", HttpStatusCode.BadRequest, "Unsupported interaction type 99")]
    [InlineData("""{"type":2,"id":"1","token":"t","data":{"name":"who","options":[{"name":"person","type":3,"value":"\ud800"}]}}""", HttpStatusCode.BadRequest, "not a valid interaction")]
    [InlineData("""{"type":4,"id":"1","token":"t","data":{"name":"who","options":[{"name":"person","type":3,"value":"Zh\udc00","focused":true}]}}""", HttpStatusCode.BadRequest, "lone surrogate")]
    public async Task Garbage_GetsAClear400AndTheEndpointKeepsWorking(string json, HttpStatusCode status, string message)
    {
        using var response = await PostSignedAsync(json);

        Assert.Equal(status, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(message, (string)error["error"]!, StringComparison.Ordinal);
        using var ping = await PostSignedAsync("""{"type":1}""");
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_Gets413AndTheEndpointKeepsWorking()
    {
        var json = "{\"type\":1,\"padding\":\"" + new string('a', 70 * 1024) + "\"}";

        using var response = await PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 65536 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var ping = await PostSignedAsync("""{"type":1}""");
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    [Fact]
    public async Task Logs_NeverContainSignaturesOrBodies()
    {
        using var response = await PostSignedAsync("""{"type":2,"id":"1","application_id":"1","token":"secret-interaction-token","data":{"name":"who","options":[{"name":"person","type":3,"value":"Zhao"}]}}""");

        var logs = _host.Logs.AllText();
        Assert.DoesNotContain("secret-interaction-token", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(_lastSignature, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Zhao", logs, StringComparison.Ordinal);
    }

    private string _lastSignature = "";

    private async Task<HttpResponseMessage> PostSignedAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = TestSigner.Timestamp(_time.GetUtcNow());
        _lastSignature = _signer.Sign(timestamp, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Ed25519", _lastSignature);
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await _host.Client.SendAsync(request);
    }

    internal static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
