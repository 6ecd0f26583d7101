using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayTests : IAsyncLifetime
{
    private const string BotId = "1100000000000000001";
    private const string GatewayUri = "wss://gateway.test.invalid/?v=10&encoding=json";
    private const string ResumeUri = "wss://gateway-resume.test.invalid/?v=10&encoding=json";
    private const string SessionId = "d5c3b1e8a2f94c07b6e1a0f3c9d8e7b6";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private readonly ScriptedGateway _gateway = new();
    private readonly FakeAnswerer _answerer = new();
    private FakeDiscordApi _api = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync() => _api = await FakeDiscordApi.StartAsync(_time);

    public async Task DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Session_IdentifiesWithTheDocumentedShapeAndAnswersAMentionWithOneReply()
    {
        await StartAsync();
        var connection = await _gateway.NextConnectionAsync();
        Assert.Equal(GatewayUri, connection.Uri!.ToString());
        Assert.Single(_api.Matching("GET", "gateway/bot"));

        connection.Push(Fixture("discord-gateway-hello.json"));
        var identify = await connection.NextSentAsync(2);
        AssertHasShapeOf(JsonNode.Parse(Fixture("discord-gateway-identify.json"))!, identify);
        Assert.Equal(DiscordTestHost.Token, (string)identify["d"]!["token"]!);
        Assert.Equal(4609, (int)identify["d"]!["intents"]!);
        Assert.Equal(0, (int)identify["d"]!["intents"]! & (1 << 15));
        Assert.Equal("[0,1]", identify["d"]!["shard"]!.ToJsonString());

        connection.Push(Fixture("synthetic-gateway-ready.json"));
        connection.Push(Message(3, "<@" + BotId + "> ignore me, I am a bot", authorIsBot: true));
        connection.Push(Message(4, "just chatting, no mention", authorIsBot: false, mentionBot: false));
        connection.Push(Fixture("synthetic-message-create-mention.json"));

        var reply = await _api.WaitForAsync("POST", "channels/290926798999357250/messages");
        await WhenIdleAsync();
        Assert.Single(_api.Matching("POST", "channels/"));
        var body = JsonNode.Parse(reply.Body)!;
        Assert.Equal("334385199974967042", (string)body["message_reference"]!["message_id"]!);
        Assert.Equal("[]", body["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal("¶3 · sentence 2", (string)body["embeds"]![0]!["fields"]![0]!["name"]!);
        Assert.Equal(BotRequest.Question("who is Zhao Lijian?"), Assert.Single(_answerer.Requests));
        Assert.Equal("Bot " + DiscordTestHost.Token, reply.Headers["Authorization"]);
        Assert.DoesNotContain(DiscordTestHost.Token, _host.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredWithoutAMention()
    {
        await StartAsync();
        var connection = await ConnectReadyAsync();
        var dm = JsonNode.Parse(Message(2, "/who Zhao Lijian", authorIsBot: false, mentionBot: false))!;
        dm["d"]!.AsObject().Remove("guild_id");
        connection.Push(dm.ToJsonString());

        var reply = await _api.WaitForAsync("POST", "channels/290926798999357250/messages");

        Assert.Equal("92", (string)JsonNode.Parse(reply.Body)!["message_reference"]!["message_id"]!);
        Assert.Equal(new BotRequest("who", "Zhao Lijian"), Assert.Single(_answerer.Requests));
    }

    [Fact]
    public async Task Mention_WhenTheCoreFails_IsAnsweredWithAnApology()
    {
        _answerer.Respond = _ => throw new InvalidOperationException("core bug");
        await StartAsync();
        var connection = await ConnectReadyAsync();
        connection.Push(Message(2, "who is Zhao Lijian?", authorIsBot: false, mentionBot: true));

        var reply = await _api.WaitForAsync("POST", "channels/290926798999357250/messages");

        Assert.Contains("Sorry", reply.Body, StringComparison.Ordinal);
        Assert.Equal("92", (string)JsonNode.Parse(reply.Body)!["message_reference"]!["message_id"]!);
    }

    [Fact]
    public async Task MissingHeartbeatAck_ReconnectsAndResumesWithTheLastSequence()
    {
        await StartAsync();
        var first = await ConnectReadyAsync();
        first.Push("""{"op":0,"t":"GUILD_CREATE","s":5,"d":{"id":"290926798626357999"}}""");
        first.Push("""{"op":1,"d":null}""");
        Assert.Equal(5, (long)(await first.NextSentAsync(1))["d"]!);

        // No ACK ever comes: after one heartbeat interval without one, the connection is dead.
        var second = await _gateway.NextConnectionAsync(Tick(TimeSpan.FromSeconds(5)));

        Assert.Equal(4000, first.ClosedWith);
        Assert.Equal(ResumeUri, second.Uri!.ToString());
        second.Push(Fixture("discord-gateway-hello.json"));
        var resume = await second.NextSentAsync(6);
        AssertHasShapeOf(JsonNode.Parse(Fixture("discord-gateway-resume.json"))!, resume);
        Assert.Equal(SessionId, (string)resume["d"]!["session_id"]!);
        Assert.Equal(5, (long)resume["d"]!["seq"]!);
        Assert.Equal(DiscordTestHost.Token, (string)resume["d"]!["token"]!);
        Assert.DoesNotContain(second.Sent, p => (int)p["op"]! == 2);
        Assert.Contains(_host.Logs.Entries, e => e.Id.Id == 4023);
    }

    [Fact]
    public async Task AcknowledgedHeartbeats_KeepTheConnection()
    {
        await StartAsync();
        var connection = await ConnectReadyAsync();

        for (var beat = 0; beat < 4; beat++)
        {
            var heartbeat = await connection.NextSentAsync(1, Tick(TimeSpan.FromSeconds(5)));
            Assert.Equal(1, (long)heartbeat["d"]!);
            connection.Push("""{"op":11}""");
            connection.Push("""{"op":1,"d":null}""");
            await connection.NextSentAsync(1); // proves the ACK before it was read
        }

        Assert.Single(_gateway.All);
        Assert.Null(connection.ClosedWith);
    }

    [Fact]
    public async Task Reconnect_ResumesAtTheResumeUrl()
    {
        await StartAsync();
        var first = await ConnectReadyAsync();
        first.Push("""{"op":0,"t":"GUILD_CREATE","s":3,"d":{"id":"1"}}""");
        first.Push("""{"op":7,"d":null}""");

        var second = await _gateway.NextConnectionAsync();

        Assert.Equal(4000, first.ClosedWith);
        Assert.Equal(ResumeUri, second.Uri!.ToString());
        second.Push(Fixture("discord-gateway-hello.json"));
        Assert.Equal(3, (long)(await second.NextSentAsync(6))["d"]!["seq"]!);
    }

    [Fact]
    public async Task InvalidSessionNotResumable_WaitsThenIdentifiesAfresh()
    {
        await StartAsync();
        var first = await ConnectReadyAsync();
        var invalidated = _time.GetUtcNow();
        first.Push(Fixture("discord-gateway-invalid-session.json"));

        var second = await _gateway.NextConnectionAsync(Tick(TimeSpan.FromMilliseconds(250)));

        Assert.InRange(_time.GetUtcNow() - invalidated, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(6));
        Assert.Equal(GatewayUri, second.Uri!.ToString());
        second.Push(Fixture("discord-gateway-hello.json"));
        var identify = await second.NextSentAsync(2);
        Assert.Equal(4609, (int)identify["d"]!["intents"]!);
        Assert.DoesNotContain(second.Sent, p => (int)p["op"]! == 6);
        Assert.Equal(2, _api.Matching("GET", "gateway/bot").Count());
    }

    [Fact]
    public async Task InvalidSessionResumable_Resumes()
    {
        await StartAsync();
        var first = await ConnectReadyAsync();
        first.Push("""{"op":9,"d":true}""");

        var second = await _gateway.NextConnectionAsync(Tick(TimeSpan.FromMilliseconds(250)));

        Assert.Equal(ResumeUri, second.Uri!.ToString());
        second.Push(Fixture("discord-gateway-hello.json"));
        Assert.Equal(1, (long)(await second.NextSentAsync(6))["d"]!["seq"]!);
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4008, true)]
    [InlineData(null, true)]
    [InlineData(4007, false)]
    [InlineData(4009, false)]
    public async Task ResumableClose_ResumesAndSessionEndingClose_IdentifiesAgain(int? code, bool resumes)
    {
        await StartAsync();
        var first = await ConnectReadyAsync();
        first.PushClose(code);

        var second = await _gateway.NextConnectionAsync(Tick(TimeSpan.FromMilliseconds(250)));

        Assert.Equal(resumes ? ResumeUri : GatewayUri, second.Uri!.ToString());
        second.Push(Fixture("discord-gateway-hello.json"));
        Assert.NotNull(await second.NextSentAsync(resumes ? 6 : 2));
    }

    [Theory]
    [InlineData(4004, "authentication failed")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "disallowed intents")]
    public async Task FatalClose_StopsWithOneClearErrorAndNoReconnect(int code, string reason)
    {
        await StartAsync();
        var connection = await _gateway.NextConnectionAsync();
        connection.Push(Fixture("discord-gateway-hello.json"));
        await connection.NextSentAsync(2);

        connection.PushClose(code);
        var service = _host.Hosted<GatewayService>();
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20));
        for (var i = 0; i < 20; i++)
            _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Contains(reason, service.StopReason, StringComparison.Ordinal);
        Assert.Single(_gateway.All);
        Assert.Single(_host.Logs.Entries, e => e.Id.Id == 4015);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, _host.Logs.Entries.Single(e => e.Id.Id == 4015).Level);
    }

    [Fact]
    public async Task RejectedToken_StopsBeforeConnecting()
    {
        _api.Overrides.Enqueue(c => FakeDiscordApi.Json(c, 401, """{"message":"401: Unauthorized","code":0}"""));
        await StartAsync();

        var service = _host.Hosted<GatewayService>();
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Contains("check Discord:BotToken", service.StopReason, StringComparison.Ordinal);
        Assert.Empty(_gateway.All);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task UnreachableRestApi_IsRetriedWithBackoff()
    {
        _api.Overrides.Enqueue(c => FakeDiscordApi.Json(c, 502, "bad gateway"));
        _api.Overrides.Enqueue(c => FakeDiscordApi.Json(c, 502, "bad gateway"));
        _api.Overrides.Enqueue(c => FakeDiscordApi.Json(c, 502, "bad gateway"));
        await StartAsync();

        var connection = await _gateway.NextConnectionAsync(Tick(TimeSpan.FromMilliseconds(500)));

        Assert.Equal(GatewayUri, connection.Uri!.ToString());
        Assert.Contains(_host.Logs.Entries, e => e.Id.Id == 4014);
    }

    [Fact]
    public async Task InteractionOverGateway_IsAnsweredThroughTheCallback()
    {
        await StartAsync();
        var connection = await ConnectReadyAsync();
        connection.Push("""{"op":0,"t":"INTERACTION_CREATE","s":2,"d":{"id":"4242","application_id":"1100000000000000001","type":2,"token":"gw-token","data":{"name":"who","options":[{"name":"person","type":3,"value":"Zhao"}]}}}""");

        var callback = await _api.WaitForAsync("POST", "interactions/4242/gw-token/callback");

        var body = JsonNode.Parse(callback.Body)!;
        Assert.Equal(4, (int)body["type"]!);
        Assert.Equal("[]", body["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal(new BotRequest("who", "Zhao"), Assert.Single(_answerer.Requests));
    }

    [Fact]
    public async Task TheSameInteractionTwice_IsAnsweredOnce()
    {
        await StartAsync();
        var connection = await ConnectReadyAsync();
        const string Twice = """{"op":0,"t":"INTERACTION_CREATE","s":2,"d":{"id":"4242","application_id":"1100000000000000001","type":2,"token":"gw-token","data":{"name":"who","options":[{"name":"person","type":3,"value":"Zhao"}]}}}""";
        connection.Push(Twice);
        connection.Push(Twice);
        connection.Push("""{"op":0,"t":"INTERACTION_CREATE","s":3,"d":{"id":"4343","application_id":"1100000000000000001","type":2,"token":"gw-later","data":{"name":"who","options":[{"name":"person","type":3,"value":"Zhao"}]}}}""");

        // Events are handled in order: once the later one is answered, a second answer to the first would be too.
        await _api.WaitForAsync("POST", "interactions/4343/gw-later/callback");

        Assert.Single(_api.Matching("POST", "interactions/4242/gw-token/callback"));
        Assert.Equal(2, _answerer.Requests.Count);
    }

    [Fact]
    public async Task SessionStartLimitSpent_WaitsForTheResetBeforeIdentifying()
    {
        _api.GatewayBotJson = """{"url":"wss://gateway.test.invalid","shards":1,"session_start_limit":{"total":1000,"remaining":0,"reset_after":60000,"max_concurrency":1}}""";
        var started = _time.GetUtcNow();
        await StartAsync();

        await _gateway.NextConnectionAsync(Tick(TimeSpan.FromSeconds(5)));

        Assert.True(_time.GetUtcNow() - started >= TimeSpan.FromSeconds(60));
        Assert.Contains(_host.Logs.Entries, e => e.Id.Id == 4016);
    }

    [Fact]
    public async Task GarbageFromTheGateway_IsIgnoredAndTheSessionContinues()
    {
        await StartAsync();
        var connection = await ConnectReadyAsync();
        connection.Push("{not json");
        connection.Push("""{"op":0,"t":"MESSAGE_CREATE","s":7,"d":{"unexpected":true}}""");
        connection.Push("""{"op":1,"d":null}""");

        Assert.Equal(7, (long)(await connection.NextSentAsync(1))["d"]!);
        Assert.Single(_gateway.All);
    }

    [Fact]
    public async Task Stop_SendsANormalCloseAndEndsWithoutReconnecting()
    {
        await StartAsync();
        var connection = await ConnectReadyAsync();

        await _host.App.StopAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(1000, connection.ClosedWith);
        Assert.True(_host.Hosted<GatewayService>().ExecuteTask!.IsCompletedSuccessfully);
        Assert.Single(_gateway.All);
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    private async Task StartAsync() =>
        _host = await DiscordTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = DiscordTestHost.Token,
            ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
            ["Discord:RegisterCommands"] = "false",
            ["Discord:ApiBaseUrl"] = _api.BaseUrl,
        }, _answerer, _time, _gateway);

    private async Task<ScriptedTransport> ConnectReadyAsync()
    {
        var connection = await _gateway.NextConnectionAsync();
        connection.Push(Fixture("discord-gateway-hello.json"));
        await connection.NextSentAsync(2);
        connection.Push(Fixture("synthetic-gateway-ready.json"));
        // A server-requested heartbeat is answered in order, so READY has been read once it comes back.
        connection.Push("""{"op":1,"d":null}""");
        await connection.NextSentAsync(1);
        return connection;
    }

    private Func<Task> Tick(TimeSpan step) => () =>
    {
        _time.Advance(step);
        return Task.CompletedTask;
    };

    private async Task WhenIdleAsync()
    {
        var queue = _host.Service<WorkQueue>();
        for (var i = 0; i < 2000 && queue.Pending > 0; i++)
            await Task.Delay(10);
        Assert.Equal(0, queue.Pending);
    }

    private static string Message(int sequence, string content, bool authorIsBot, bool mentionBot = true)
    {
        var node = JsonNode.Parse(Fixture("synthetic-message-create-mention.json"))!;
        node["s"] = sequence;
        node["d"]!["id"] = "9" + sequence;
        node["d"]!["content"] = content;
        node["d"]!["author"]!["bot"] = authorIsBot;
        if (!mentionBot)
            node["d"]!["mentions"] = new JsonArray();
        return node.ToJsonString();
    }

    /// <summary>Every property of the documented example is present (more are allowed), recursively.</summary>
    private static void AssertHasShapeOf(JsonNode expected, JsonNode actual)
    {
        if (expected is not JsonObject shape)
            return;
        foreach (var (key, value) in shape)
        {
            Assert.True(actual is JsonObject o && o.ContainsKey(key), $"missing \"{key}\" in {actual.ToJsonString()}");
            Assert.Equal(value!.GetValueKind(), actual[key]!.GetValueKind());
            AssertHasShapeOf(value, actual[key]!);
        }
    }

    private static string Fixture(string name) => Interactions.InteractionEndpointTests.Fixture(name);
}
