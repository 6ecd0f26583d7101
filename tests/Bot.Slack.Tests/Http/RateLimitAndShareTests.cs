using System.Net;
using System.Text.Json;
using Bot.Adapters.State;
using Bot.Slack.Handling;
using Bot.Slack.Rendering;
using Bot.Slack.Tests.Infrastructure;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Http;

public sealed class RateLimitAndShareTests : IAsyncLifetime
{
    private readonly FakeAnswerer answerer = new();
    private FakeSlackApi slack = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackApi.StartAsync();
        slack.BotUserId = "U0LAN0Z89";
    }

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task MentionsOverTheUserLimit_GetOneEphemeralNotice_AndNoMoreAnswers()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer,
            settings: new Dictionary<string, string?> { ["Slack:ReactWhileAnswering"] = "false", ["RateLimits:UserPermits"] = "1" });

        for (var i = 0; i < 3; i++)
        {
            using var response = await host.PostSignedAsync(
                "/slack/events", EventsEndpointTests.Mention($"EvL{i}", "CL" + i, $"{i}.5", "<@U0LAN0Z89> about", user: "ULIMIT"), "application/json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var notice = await slack.WaitForAsync("chat.postEphemeral");
        await slack.WaitForAsync("chat.postMessage", c => c.Field("channel") == "CL0");

        Assert.Equal("CL1", notice.Field("channel"));
        Assert.Equal("ULIMIT", notice.Field("user"));
        Assert.Contains("asking faster than I can answer", notice.Field("text"), StringComparison.Ordinal);
        Assert.Single(slack.Calls("chat.postEphemeral"));
        Assert.DoesNotContain(slack.Calls("chat.postMessage"), c => c.Field("channel") is "CL1" or "CL2");
    }

    [Fact]
    public async Task TheSameShareClick_OnTwoReplicas_IsQueuedOnce()
    {
        var shared = new MemorySharedState(new FakeTimeProvider());
        var queue = new SlackWorkQueue();
        var first = new InteractionHandler(queue, shared, NullLogger<InteractionHandler>.Instance);
        var second = new InteractionHandler(queue, shared, NullLogger<InteractionHandler>.Instance);
        var value = JsonSerializer.Serialize(new ShareValue("who", "Zhao", "/article who Zhao"), SlackJsonContext.Default.ShareValue);
        InteractionPayload Click(string trigger) => new(
            "block_actions", new InteractionUser("U1"), "https://hooks.slack.test/r", [new InteractionAction(AnswerRenderer.ShareActionId, value, "1.2")], trigger);

        Assert.True(await first.HandleAsync(Click("T1")));
        Assert.True(await second.HandleAsync(Click("T1")));
        Assert.Equal(1, queue.Pending);
        Assert.True(await second.HandleAsync(Click("T2")));
        Assert.Equal(2, queue.Pending);
    }
}
