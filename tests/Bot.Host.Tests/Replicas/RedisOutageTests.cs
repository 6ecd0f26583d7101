using System.Net;

namespace Bot.Host.Tests.Replicas;

/// <summary>Redis dies under a running bot: every mention is still answered, from memory, with a warning in the
/// log; when Redis is back the bot uses it again.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private RedisServer redis = null!;
    private FakeSlackWebApi slack = null!;
    private BotReplica bot = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartAsync();
        slack = await FakeSlackWebApi.StartAsync();
        bot = await BotReplica.StartAsync(slack, redis);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await slack.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task AnOutageMidRun_LosesNoAnswer_AndIsLogged()
    {
        await MentionAsync("EvBefore", "CBEFORE");

        await redis.KillAsync();
        await MentionAsync("EvDuring1", "CDURING1");
        await MentionAsync("EvDuring2", "CDURING2");

        Assert.Contains("Redis is unavailable", bot.Output, StringComparison.Ordinal);
        Assert.Single(bot.Output.Split('\n'), line => line.Contains("Redis is unavailable", StringComparison.Ordinal));

        await redis.RestartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        for (var i = 0; !bot.Output.Contains("Redis is back", StringComparison.Ordinal) && DateTime.UtcNow < deadline; i++)
        {
            await MentionAsync("EvAfter" + i, "CAFTER" + i);
            await Task.Delay(100);
        }

        Assert.Contains("Redis is back", bot.Output, StringComparison.Ordinal);
    }

    private async Task MentionAsync(string eventId, string channel)
    {
        using var response = await SignedSlack.PostAsync(bot.Client, "/slack/events", SignedSlack.Mention(eventId, "U" + eventId, channel, "200.1"), "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await slack.WaitForAsync("chat.postMessage", b => b.TryGetProperty("channel", out var c) && c.GetString() == channel);
    }

}
