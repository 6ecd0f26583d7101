using System.Net;
using System.Text.Json;
using Bot.Core.Answering;
using Bot.Slack.Handling;
using Bot.Slack.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Http;

public sealed class SlashCommandEndpointTests : IAsyncLifetime
{
    private readonly FakeAnswerer answerer = new();
    private FakeSlackApi slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Fact]
    public async Task SlashCommand_IsAnsweredInTheResponseWithCitationsAndTheQuestionRestated()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        using var response = await host.PostSignedAsync("/slack/commands", SlackTestHost.Form(
            ("command", "/article"), ("text", "who Zhao Lijian"), ("user_id", "U1"), ("channel_id", "C1"),
            ("response_url", slack.ResponseUrl("r1"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        var texts = BlockTexts(json);
        Assert.Contains("_Asked:_ /article who Zhao Lijian", texts);
        Assert.Contains("Answer about Zhao Lijian.", texts);
        Assert.Contains("¶3.2 “" + FakeAnswerer.CitedSentence + "”", texts);
        Assert.Contains(json.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("type").GetString() == "actions");
        Assert.Equal(new BotRequest("who", "Zhao Lijian"), Assert.Single(answerer.Requests));
    }

    [Theory]
    [InlineData("", "help", "")]
    [InlineData("timeline BuzzFeed", "timeline", "BuzzFeed")]
    [InlineData("sources", "sources", "")]
    [InlineData("about", "about", "")]
    [InlineData("when did Bloomberg publish?", "ask", "when did Bloomberg publish?")]
    [InlineData("is AT&amp;T &lt;mentioned&gt;?", "ask", "is AT&T <mentioned>?")]
    public async Task SlashCommand_FirstWordPicksTheSubcommand(string text, string command, string argument)
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        using var response = await host.PostSignedAsync("/slack/commands", SlackTestHost.Form(
            ("command", "/article"), ("text", text), ("response_url", slack.ResponseUrl("r"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new BotRequest(command, argument), Assert.Single(answerer.Requests));
    }

    [Fact]
    public async Task SlackExample_IsRefusedAsAReplayWithTheRealClock()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer, settings: ExampleSettings());

        using var response = await host.PostAsync("/slack/commands", Fixture.Bytes("slack-slash-command-body.txt"),
            "application/x-www-form-urlencoded", "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(answerer.Requests);
    }

    [Fact]
    public async Task SlackExample_IsAnsweredWhenTheClockIsAtItsTimestamp()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618));
        await using var host = await SlackTestHost.StartAsync(slack, answerer, time: clock, settings: ExampleSettings());

        using var response = await host.PostAsync("/slack/commands", Fixture.Bytes("slack-slash-command-body.txt"),
            "application/x-www-form-urlencoded", "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new BotRequest("help", ""), Assert.Single(answerer.Requests));
        // The raw body reaches the Trace log with the legacy verification token masked.
        Assert.Contains(host.Logs.Lines, l => l.Contains("token=***&team_id=T1DC2JH3J", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("xyzz0WbapA4vBCDEFasx0q6G", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowAnswer_IsAcknowledgedAtOnceThenPostedToResponseUrl()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<Answer>(TaskCreationOptions.RunContinuationsAsynchronously);
        answerer.Respond = _ =>
        {
            called.TrySetResult();
            return release.Task;
        };
        await using var host = await SlackTestHost.StartAsync(slack, answerer, time: clock);

        var pending = host.PostSignedAsync("/slack/commands", SlackTestHost.Form(
            ("command", "/article"), ("text", "who Zhao Lijian"), ("response_url", slack.ResponseUrl("slow"))));
        await called.Task.WaitAsync(TimeSpan.FromSeconds(20));
        clock.Advance(SlashCommandHandler.InlineBudget + TimeSpan.FromSeconds(1));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(slack.Calls("response/slow"));

        release.SetResult(FakeAnswerer.DefaultAnswer(new BotRequest("who", "Zhao Lijian")));
        var posted = await slack.WaitForAsync("response/slow");
        Assert.Equal("ephemeral", posted.Field("response_type"));
        Assert.Contains("¶3.2 “" + FakeAnswerer.CitedSentence + "”", BlockTexts(posted.Json));
        Assert.Equal("", posted.Authorization);
    }

    [Fact]
    public async Task FailingCore_GivesAnEphemeralReasonWithoutShareButton()
    {
        answerer.Respond = _ => throw new InvalidOperationException("boom");
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        using var response = await host.PostSignedAsync("/slack/commands", SlackTestHost.Form(
            ("command", "/article"), ("text", "about"), ("response_url", slack.ResponseUrl("r"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Contains("something went wrong", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(json.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("type").GetString() == "actions");
    }

    [Fact]
    public async Task ShareButton_RepostsTheAnswerInTheChannelViaResponseUrl()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);
        using var answered = await host.PostSignedAsync("/slack/commands", SlackTestHost.Form(
            ("command", "/article"), ("text", "who Zhao Lijian"), ("response_url", slack.ResponseUrl("r"))));
        var button = JsonDocument.Parse(await answered.Content.ReadAsStringAsync()).RootElement
            .GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "actions").GetProperty("elements")[0];

        var payload = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "block_actions",
            ["user"] = new Dictionary<string, string> { ["id"] = "U42" },
            ["response_url"] = slack.ResponseUrl("share"),
            ["actions"] = new[] { new Dictionary<string, string> { ["action_id"] = button.GetProperty("action_id").GetString()!, ["value"] = button.GetProperty("value").GetString()! } },
        });
        using var clicked = await host.PostSignedAsync("/slack/interactivity", SlackTestHost.Form(("payload", payload)));

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        var posted = await slack.WaitForAsync("response/share");
        Assert.Equal("in_channel", posted.Field("response_type"));
        Assert.False(posted.Json.GetProperty("replace_original").GetBoolean());
        var texts = BlockTexts(posted.Json);
        Assert.Contains("Shared by <@U42>", texts);
        Assert.Contains("¶3.2 “" + FakeAnswerer.CitedSentence + "”", texts);
        Assert.DoesNotContain(posted.Json.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("type").GetString() == "actions");
        Assert.Equal([new BotRequest("who", "Zhao Lijian"), new BotRequest("who", "Zhao Lijian")], answerer.Requests);
    }

    internal static List<string> BlockTexts(JsonElement message) =>
        [.. message.GetProperty("blocks").EnumerateArray().SelectMany(b => b.GetProperty("type").GetString() switch
        {
            "section" => [b.GetProperty("text").GetProperty("text").GetString()!],
            "context" => b.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("text").GetString()!),
            _ => [],
        })];

    private static Dictionary<string, string?> ExampleSettings() => new()
    {
        ["Slack:SigningSecret"] = "8f742231b10e8888abcd99yyyzzz85a5",
        ["Slack:Command"] = "/webhook-collect",
    };
}
