using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Slack.SocketMode;
using Bot.Slack.Tests.Http;
using Bot.Slack.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Slack.Tests.SocketMode;

public sealed class SocketModeTests : IAsyncLifetime
{
    private readonly FakeAnswerer answerer = new();
    private FakeSlackApi slack = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        // The bot in Slack's Socket Mode fixtures.
        slack.BotUserId = "U111";
    }

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task Session_AcknowledgesEnvelopesAndAnswersWithTheSameHandlers()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer, socketMode: true);
        var socket = await slack.NextConnectionAsync();
        Assert.Equal("Bearer " + SlackTestHost.AppToken, Assert.Single(slack.Calls("apps.connections.open")).Authorization);
        await socket.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));

        // A slash command: the ack carries the answer.
        var command = JsonNode.Parse(Fixture.Text("slack-socket-mode-slash-commands-envelope.json"))!;
        command["payload"]!["command"] = "/article";
        command["payload"]!["text"] = "who Zhao Lijian";
        await socket.SendAsync(command.ToJsonString());
        var ack = JsonDocument.Parse((await socket.ReceiveAsync())!).RootElement;
        Assert.Equal("1d3c79ab-0ffb-41f3-a080-d19e85f53649", ack.GetProperty("envelope_id").GetString());
        Assert.Contains("¶3.2 “" + FakeAnswerer.CitedSentence + "”", SlashCommandEndpointTests.BlockTexts(ack.GetProperty("payload")));

        // A mention: acked at once, answered in the thread by chat.postMessage.
        await socket.SendAsync(Fixture.Text("slack-socket-mode-events-api-app-mention-envelope.json"));
        var eventAck = JsonDocument.Parse((await socket.ReceiveAsync())!).RootElement;
        Assert.Equal("cda4159a-72a5-4744-aba3-4d66eb52682b", eventAck.GetProperty("envelope_id").GetString());
        Assert.False(eventAck.TryGetProperty("payload", out _));
        var posted = await slack.WaitForAsync("chat.postMessage");
        Assert.Equal("C111", posted.Field("channel"));
        Assert.Equal("1610241741.000200", posted.Field("thread_ts"));

        Assert.Equal([new BotRequest("who", "Zhao Lijian"), new BotRequest("help", "")], answerer.Requests);
        GarbageRequestTests.AssertNoSecretLogged(host);
    }

    [Fact]
    public async Task SlashCommandWithoutResponsePayload_IsAckedThenAnsweredOnResponseUrl()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer, socketMode: true);
        var socket = await slack.NextConnectionAsync();
        await socket.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));

        var command = JsonNode.Parse(Fixture.Text("slack-socket-mode-slash-commands-envelope.json"))!;
        command["accepts_response_payload"] = false;
        command["payload"]!["command"] = "/article";
        command["payload"]!["text"] = "sources";
        command["payload"]!["response_url"] = slack.ResponseUrl("socket");
        await socket.SendAsync(command.ToJsonString());

        var ack = JsonDocument.Parse((await socket.ReceiveAsync())!).RootElement;
        Assert.False(ack.TryGetProperty("payload", out _));
        var posted = await slack.WaitForAsync("response/socket");
        Assert.Contains("¶3.2 “" + FakeAnswerer.CitedSentence + "”", SlashCommandEndpointTests.BlockTexts(posted.Json));
        Assert.Equal(new BotRequest("sources", ""), Assert.Single(answerer.Requests));
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    [InlineData("too_many_websockets")]
    public async Task Disconnect_OpensANewConnection(string reason)
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer, socketMode: true);
        var first = await slack.NextConnectionAsync();
        await first.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));

        var disconnect = JsonNode.Parse(Fixture.Text("slack-socket-mode-disconnect.json"))!;
        disconnect["reason"] = reason;
        await first.SendAsync(disconnect.ToJsonString());

        Assert.Null(await first.ReceiveAsync());
        var second = await slack.NextConnectionAsync();
        Assert.Equal(2, slack.Calls("apps.connections.open").Count);

        await second.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));
        await second.SendAsync(Fixture.Text("slack-socket-mode-events-api-app-mention-envelope.json"));
        var ack = JsonDocument.Parse((await second.ReceiveAsync())!).RootElement;
        Assert.Equal("cda4159a-72a5-4744-aba3-4d66eb52682b", ack.GetProperty("envelope_id").GetString());
        await slack.WaitForAsync("chat.postMessage");
    }

    [Fact]
    public async Task DroppedSocket_IsReopened()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer, socketMode: true);
        var first = await slack.NextConnectionAsync();
        await first.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));

        first.Abort();

        var second = await slack.NextConnectionAsync();
        await second.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));
        Assert.Equal(2, slack.Calls("apps.connections.open").Count);
    }

    [Fact]
    public async Task LinkDisabled_StopsSocketMode()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer, socketMode: true);
        var socket = await slack.NextConnectionAsync();
        await socket.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));

        await socket.SendAsync("""{"type":"disconnect","reason":"link_disabled"}""");

        await SocketService(host).ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Single(slack.Calls("apps.connections.open"));
    }

    [Fact]
    public async Task RefusedAppToken_StopsSocketMode()
    {
        slack.OpenConnectionError = "invalid_auth";
        await using var host = await SlackTestHost.StartAsync(slack, answerer, socketMode: true);

        await SocketService(host).ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Single(slack.Calls("apps.connections.open"));
        Assert.Contains(host.Logs.Lines, l => l.Contains("invalid_auth", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MalformedFrames_AreIgnoredAndTheSessionGoesOn()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer, socketMode: true);
        var socket = await slack.NextConnectionAsync();
        await socket.SendAsync(Fixture.Text("slack-socket-mode-hello.json"));

        await socket.SendAsync("{not json");
        await socket.SendAsync("""{"envelope_id":"e1","type":"events_api","payload":"not an object"}""");
        var ack = JsonDocument.Parse((await socket.ReceiveAsync())!).RootElement;
        Assert.Equal("e1", ack.GetProperty("envelope_id").GetString());
        await socket.SendAsync("""{"envelope_id":"e2","type":"slash_commands","accepts_response_payload":true,"payload":{"command":5}}""");
        var refused = JsonDocument.Parse((await socket.ReceiveAsync())!).RootElement;
        Assert.Equal("e2", refused.GetProperty("envelope_id").GetString());
        Assert.Contains("Malformed", refused.GetProperty("payload").GetProperty("text").GetString(), StringComparison.Ordinal);
        await socket.SendAsync("""{"envelope_id":"e3","type":"slash_commands","accepts_response_payload":true,"payload":{"command":"/article","text":"who \ud800"}}""");
        var surrogate = JsonDocument.Parse((await socket.ReceiveAsync())!).RootElement;
        Assert.Equal("e3", surrogate.GetProperty("envelope_id").GetString());
        Assert.Contains("Malformed", surrogate.GetProperty("payload").GetProperty("text").GetString(), StringComparison.Ordinal);

        await socket.SendAsync(Fixture.Text("slack-socket-mode-events-api-app-mention-envelope.json"));
        Assert.NotNull(await socket.ReceiveAsync());
        await slack.WaitForAsync("chat.postMessage");
    }

    [Fact]
    public async Task HttpRequests_AreRefusedWithoutASigningSecret()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer, socketMode: true);

        using var response = await host.PostSignedAsync("/slack/commands",
            SlackTestHost.Form(("command", "/article"), ("text", "about")), secret: "anything");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(answerer.Requests);
    }

    private static SocketModeService SocketService(SlackTestHost host) =>
        host.App.Services.GetServices<IHostedService>().OfType<SocketModeService>().Single();
}
