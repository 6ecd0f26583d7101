using System.Net;
using System.Text.Json;

namespace Bot.Host.Tests.Replicas;

/// <summary>Two real bot processes behind one (imagined) load balancer, sharing one real Redis.</summary>
public sealed class TwoReplicaTests : IAsyncLifetime
{
    private RedisServer redis = null!;
    private FakeSlackWebApi slack = null!;
    private BotReplica first = null!;
    private BotReplica second = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartAsync();
        slack = await FakeSlackWebApi.StartAsync();
        var settings = new Dictionary<string, string> { ["RateLimits__UserPermits"] = "3" };
        var starting = new[] { BotReplica.StartAsync(slack, redis, settings), BotReplica.StartAsync(slack, redis, settings) };
        var started = await Task.WhenAll(starting);
        (first, second) = (started[0], started[1]);
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await slack.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task TheSameSignedEvent_SentToBothReplicas_IsAnsweredOnce()
    {
        var body = SignedSlack.Mention("EvSame", "UDUP", "CDUP", "100.1");

        var responses = await Task.WhenAll(
            SignedSlack.PostAsync(first.Client, "/slack/events", body, "application/json"),
            SignedSlack.PostAsync(second.Client, "/slack/events", body, "application/json"));
        // Each replica answers in order; once both later mentions are answered, a duplicate would have been too.
        using (await SignedSlack.PostAsync(first.Client, "/slack/events", SignedSlack.Mention("EvA", "UA", "CA", "101.1"), "application/json"))
        using (await SignedSlack.PostAsync(second.Client, "/slack/events", SignedSlack.Mention("EvB", "UB", "CB", "102.1"), "application/json"))
        {
            await slack.WaitForAsync("chat.postMessage", b => Field(b, "channel") == "CA");
            await slack.WaitForAsync("chat.postMessage", b => Field(b, "channel") == "CB");
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var answers = slack.Calls("chat.postMessage").Where(b => Field(b, "channel") == "CDUP").ToList();
        Assert.Single(answers);
        Assert.Equal("100.1", Field(answers[0], "thread_ts"));
        foreach (var response in responses)
            response.Dispose();
    }

    [Fact]
    public async Task TheUserRateLimit_HoldsAcrossReplicas_WithOneNotice()
    {
        var bodies = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var replica = i % 2 == 0 ? first : second;
            using var response = await SignedSlack.PostAsync(
                replica.Client, "/slack/commands", SignedSlack.SlashCommand("ULIMIT", "CLIMIT" + i, "who BuzzFeed"), "application/x-www-form-urlencoded");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        // Three answers (first, second, first), then one polite notice (second), then an empty acknowledgement.
        Assert.All(bodies.Take(3), b => Assert.Contains("BuzzFeed", b, StringComparison.Ordinal));
        Assert.Contains("asking faster than I can answer", bodies[3], StringComparison.Ordinal);
        Assert.Contains("\"ephemeral\"", bodies[3], StringComparison.Ordinal);
        Assert.Equal("", bodies[4]);
    }

    private static string? Field(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
