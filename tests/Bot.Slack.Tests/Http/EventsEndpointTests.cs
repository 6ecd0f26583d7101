using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Answering;
using Bot.Slack.Tests.Infrastructure;

namespace Bot.Slack.Tests.Http;

public sealed class EventsEndpointTests : IAsyncLifetime
{
    private readonly FakeAnswerer answerer = new();
    private FakeSlackApi slack = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        // The bot mentioned in Slack's published app_mention example.
        slack.BotUserId = "U0LAN0Z89";
    }

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task UrlVerification_EchoesTheChallenge()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        using var response = await host.PostSignedAsync("/slack/events", Fixture.Text("slack-url-verification.json"), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Mention_IsAnsweredInItsThreadWithOnePostMessageAndTheMentionRemoved()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        using var response = await host.PostSignedAsync("/slack/events", Fixture.Text("slack-event-app-mention.json"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var posted = await slack.WaitForAsync("chat.postMessage");
        Assert.Equal("C123ABC456", posted.Field("channel"));
        Assert.Equal("1515449522.000016", posted.Field("thread_ts"));
        Assert.False(posted.Json.GetProperty("unfurl_links").GetBoolean());
        Assert.False(posted.Json.GetProperty("unfurl_media").GetBoolean());
        Assert.Equal("Bearer " + SlackTestHost.BotToken, posted.Authorization);
        Assert.Contains("¶3.2 “" + FakeAnswerer.CitedSentence + "”", SlashCommandEndpointTests.BlockTexts(posted.Json));
        Assert.Equal(BotRequest.Question("is it everything a river should be?"), Assert.Single(answerer.Requests));

        var removed = await slack.WaitForAsync("reactions.remove");
        var added = Assert.Single(slack.Calls("reactions.add"));
        Assert.Equal("eyes", added.Field("name"));
        Assert.Equal("1515449522.000016", removed.Field("timestamp"));
        Assert.Single(slack.Calls("chat.postMessage"));
    }

    [Fact]
    public async Task MentionInsideAThread_IsAnsweredInThatThread()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        using var response = await host.PostSignedAsync("/slack/events",
            Mention("Ev9", "C9", "200.000002", "<@U0LAN0Z89> timeline", threadTs: "100.000001"), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = await slack.WaitForAsync("chat.postMessage");
        Assert.Equal("100.000001", posted.Field("thread_ts"));
        Assert.Equal(new BotRequest("timeline", ""), Assert.Single(answerer.Requests));
    }

    [Fact]
    public async Task RetriedAndRepeatedEvents_AreAnsweredOnce()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);
        var body = Fixture.Text("slack-event-app-mention.json");

        using var first = await host.PostSignedAsync("/slack/events", body, "application/json");
        using var retry1 = await host.PostSignedAsync("/slack/events", body, "application/json",
            headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        using var retry2 = await host.PostSignedAsync("/slack/events", body, "application/json",
            headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "2", ["X-Slack-Retry-Reason"] = "http_timeout" });
        // The same message delivered again under another event_id.
        using var again = await host.PostSignedAsync("/slack/events", body.Replace("Ev123ABC456", "Ev999", StringComparison.Ordinal), "application/json");
        Assert.All([first, retry1, retry2, again], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // Work is answered in order, so once a later mention is answered nothing earlier is still pending.
        using var sentinel = await host.PostSignedAsync("/slack/events", Mention("EvS", "CSENTINEL", "5.5", "<@U0LAN0Z89> about"), "application/json");
        await slack.WaitForAsync("chat.postMessage", c => c.Field("channel") == "CSENTINEL");

        Assert.Single(slack.Calls("chat.postMessage"), c => c.Field("channel") == "C123ABC456");
        Assert.Equal(2, answerer.Requests.Count);
    }

    [Fact]
    public async Task MessagesFromBots_AreIgnored()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        using var own = await host.PostSignedAsync("/slack/events", Mention("Ev1", "C1", "1.1", "<@U0LAN0Z89> hi", user: "U0LAN0Z89"), "application/json");
        using var other = await host.PostSignedAsync("/slack/events", Mention("Ev2", "C1", "1.2", "<@U0LAN0Z89> hi", botId: "B777"), "application/json");
        using var sentinel = await host.PostSignedAsync("/slack/events", Mention("EvS", "CSENTINEL", "5.5", "<@U0LAN0Z89> about"), "application/json");
        await slack.WaitForAsync("chat.postMessage", c => c.Field("channel") == "CSENTINEL");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Single(slack.Calls("chat.postMessage"));
        Assert.Equal(new BotRequest("about", ""), Assert.Single(answerer.Requests));
    }

    [Fact]
    public async Task RateLimitedPostMessage_IsRetriedAfterRetryAfter()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);
        slack.RateLimit("chat.postMessage", 1);

        using var response = await host.PostSignedAsync("/slack/events", Fixture.Text("slack-event-app-mention.json"), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await slack.WaitForAsync("chat.postMessage");
        var calls = slack.Calls("chat.postMessage");
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        // The fake said Retry-After: 1; the retry must not come sooner (a lower bound only, so never flaky).
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(calls[0].ReceivedAt, calls[1].ReceivedAt) >= TimeSpan.FromSeconds(0.9));
    }

    [Fact]
    public async Task EmptyMention_GetsHelpRatherThanSilence()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        using var response = await host.PostSignedAsync("/slack/events", Mention("Ev1", "C1", "1.1", "<@U0LAN0Z89>"), "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = await slack.WaitForAsync("chat.postMessage");
        Assert.Contains("Commands:", posted.Field("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MentionWhileTheQueueIsFull_GetsABusyReasonInItsThread()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<Answer>();
        answerer.Respond = _ =>
        {
            started.TrySetResult();
            return never.Task;
        };
        await using var host = await SlackTestHost.StartAsync(slack, answerer,
            // One user filling the queue would otherwise be rate limited first.
            settings: new Dictionary<string, string?> { ["Slack:ReactWhileAnswering"] = "false", ["RateLimits:Enabled"] = "false" });

        // The first mention occupies the worker; the next ones fill the queue.
        using (await host.PostSignedAsync("/slack/events", Mention("Ev0", "C1", "0.1", "<@U0LAN0Z89> about"), "application/json"))
            await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
        for (var i = 1; i <= Bot.Slack.Handling.SlackWorkQueue.Capacity; i++)
        {
            using var queued = await host.PostSignedAsync("/slack/events", Mention($"Ev{i}", "C1", $"{i}.1", "<@U0LAN0Z89> about"), "application/json");
            Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        }

        using var overflow = await host.PostSignedAsync("/slack/events", Mention("EvX", "CFULL", "9.9", "<@U0LAN0Z89> about", threadTs: "9.0"), "application/json");

        Assert.Equal(HttpStatusCode.OK, overflow.StatusCode);
        var busy = await slack.WaitForAsync("chat.postMessage", c => c.Field("channel") == "CFULL");
        Assert.Equal("9.0", busy.Field("thread_ts"));
        Assert.Contains("busy", busy.Field("text"), StringComparison.Ordinal);

        // Let the held answer fail, so the host's shutdown does not wait out its drain timeout for it.
        never.TrySetException(new InvalidOperationException("test over"));
    }

    internal static string Mention(string eventId, string channel, string ts, string text, string? threadTs = null, string user = "U061F7AUR", string? botId = null)
    {
        var evt = new JsonObject { ["type"] = "app_mention", ["user"] = user, ["text"] = text, ["ts"] = ts, ["channel"] = channel, ["event_ts"] = ts };
        if (threadTs is not null)
            evt["thread_ts"] = threadTs;
        if (botId is not null)
            evt["bot_id"] = botId;
        var envelope = new JsonObject { ["type"] = "event_callback", ["team_id"] = "T1", ["event_id"] = eventId, ["event"] = evt };
        return envelope.ToJsonString();
    }
}
