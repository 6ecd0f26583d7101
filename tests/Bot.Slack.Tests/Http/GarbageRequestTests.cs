using System.Globalization;
using System.Net;
using System.Text;
using Bot.Slack.Tests.Infrastructure;

namespace Bot.Slack.Tests.Http;

public sealed class GarbageRequestTests : IAsyncLifetime
{
    private readonly FakeAnswerer answerer = new();
    private FakeSlackApi slack = null!;

    public async Task InitializeAsync() => slack = await FakeSlackApi.StartAsync();

    public async Task DisposeAsync() => await slack.DisposeAsync();

    [Theory]
    [InlineData("bad-signature", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-secret", HttpStatusCode.Unauthorized)]
    [InlineData("no-signature", HttpStatusCode.Unauthorized)]
    [InlineData("stale", HttpStatusCode.Unauthorized)]
    [InlineData("future", HttpStatusCode.Unauthorized)]
    [InlineData("malformed-json", HttpStatusCode.BadRequest)]
    [InlineData("json-not-an-event", HttpStatusCode.BadRequest)]
    [InlineData("malformed-form", HttpStatusCode.BadRequest)]
    [InlineData("unknown-command", HttpStatusCode.BadRequest)]
    [InlineData("malformed-interactivity", HttpStatusCode.BadRequest)]
    [InlineData("lone-surrogate-event", HttpStatusCode.BadRequest)]
    [InlineData("lone-surrogate-command", HttpStatusCode.BadRequest)]
    [InlineData("lone-surrogate-interactivity", HttpStatusCode.BadRequest)]
    [InlineData("one-megabyte", HttpStatusCode.RequestEntityTooLarge)]
    [InlineData("one-megabyte-chunked", HttpStatusCode.RequestEntityTooLarge)]
    public async Task Garbage_GetsAClear4xxAndTheHostStaysHealthy(string kind, HttpStatusCode expected)
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);
        var now = host.Time.GetUtcNow().ToUnixTimeSeconds();
        var form = SlackTestHost.Form(("command", "/article"), ("text", "about"), ("response_url", slack.ResponseUrl("r")));

        using var response = kind switch
        {
            "bad-signature" => await host.PostAsync("/slack/commands", Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded",
                now.ToString(CultureInfo.InvariantCulture), "v0=" + new string('0', 64)),
            "wrong-secret" => await host.PostSignedAsync("/slack/commands", form, secret: "not-the-secret"),
            "no-signature" => await host.PostAsync("/slack/commands", Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded", null, null),
            "stale" => await host.PostSignedAsync("/slack/commands", form, timestamp: now - 600),
            "future" => await host.PostSignedAsync("/slack/commands", form, timestamp: now + 600),
            "malformed-json" => await host.PostSignedAsync("/slack/events", "{\"type\":\"event_callback\",\"event\":", "application/json"),
            "json-not-an-event" => await host.PostSignedAsync("/slack/events", "[1,2,3]", "application/json"),
            "malformed-form" => await host.PostSignedAsync("/slack/commands", "{\"command\":\"/article\"}"),
            "unknown-command" => await host.PostSignedAsync("/slack/commands", SlackTestHost.Form(("command", "/weather"), ("text", "today"))),
            "malformed-interactivity" => await host.PostSignedAsync("/slack/interactivity", "payload=%7Bnot-json"),
            "lone-surrogate-event" => await host.PostSignedAsync("/slack/events",
                """{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","user":"U1","text":"<@U0LAN0Z89> \ud800","ts":"1.1","channel":"C1"}}""",
                "application/json"),
            "lone-surrogate-command" => await host.PostSignedAsync("/slack/commands", "command=%2Farticle&text=who%20%ED%A0%80&response_url=" + Uri.EscapeDataString(slack.ResponseUrl("r"))),
            "lone-surrogate-interactivity" => await host.PostSignedAsync("/slack/interactivity",
                "payload=" + Uri.EscapeDataString("""{"type":"block_actions","response_url":"https://example.invalid/r","actions":[{"action_id":"share","value":"\ud800"}]}""")),
            "one-megabyte" => await host.PostSignedAsync("/slack/commands", "text=" + new string('a', 1024 * 1024)),
            "one-megabyte-chunked" => await PostChunkedAsync(host, new byte[1024 * 1024]),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        else
            Assert.NotEmpty(await response.Content.ReadAsStringAsync());
        Assert.Empty(answerer.Requests);

        using var health = await host.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var valid = await host.PostSignedAsync("/slack/commands", form);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Single(answerer.Requests);
        AssertNoSecretLogged(host);
    }

    [Fact]
    public async Task SslCheck_IsAnsweredWithoutAnswering()
    {
        await using var host = await SlackTestHost.StartAsync(slack, answerer);

        using var response = await host.PostSignedAsync("/slack/commands", "ssl_check=1&token=x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(answerer.Requests);
    }

    [Fact]
    public async Task BadOptions_StopTheHostWithAClearMessage()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => SlackTestHost.StartAsync(slack, answerer,
            settings: new Dictionary<string, string?> { ["Slack:BotToken"] = "xapp-wrong-kind" }));

        Assert.Contains("app-level token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xapp-wrong-kind", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostChunkedAsync(SlackTestHost host, byte[] body)
    {
        // No Content-Length: the limit must hold while reading, not only on the header.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StreamContent(new MemoryStream(body)) };
        request.Headers.TransferEncodingChunked = true;
        return await host.Client.SendAsync(request);
    }

    internal static void AssertNoSecretLogged(SlackTestHost host)
    {
        Assert.NotEmpty(host.Logs.Lines);
        Assert.All(host.Logs.Lines, line =>
        {
            Assert.DoesNotContain(SlackTestHost.SigningSecret, line, StringComparison.Ordinal);
            Assert.DoesNotContain(SlackTestHost.BotToken, line, StringComparison.Ordinal);
            Assert.DoesNotContain(SlackTestHost.AppToken, line, StringComparison.Ordinal);
            Assert.DoesNotContain("v0=", line, StringComparison.Ordinal);
        });
    }
}
