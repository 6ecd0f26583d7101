using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Bot.Host.Tests.Adapters;

namespace Bot.Host.Tests.Telemetry;

/// <summary>The real host in Slack HTTP mode: signed slash commands in, GET /metrics shows them counted.</summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsThroughHostTests : IAsyncLifetime
{
    private const string Secret = "metrics-signing-secret";
    private AdapterHost host = null!;

    public async Task InitializeAsync() =>
        host = await AdapterHost.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-metrics-test",
            ["Slack:SigningSecret"] = Secret,
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Metrics_CountAnswersAndRequests_AndMoveWithMoreQuestions()
    {
        await AskAsync("who Zhao Lijian");
        await AskAsync("who Zhao Lijian");
        await AskAsync("timeline BuzzFeed");

        var first = await ScrapeAsync();
        var whoBefore = Answers(first, "who");
        var requestsBefore = Requests(first, "200");
        Assert.Equal(2, whoBefore);
        Assert.Equal(1, Answers(first, "timeline"));
        Assert.Equal(3, requestsBefore);
        Assert.Equal(2, PrometheusText.Value(first, "articlebot_answer_duration_seconds_count", ("command", "who")));
        Assert.NotNull(PrometheusText.Value(first, "articlebot_answer_duration_seconds_bucket", ("command", "who"), ("le", "0.005")));
        Assert.True(PrometheusText.Value(first, "articlebot_article_load_duration_seconds") > 0);
        Assert.True(PrometheusText.Value(first, "articlebot_article_age_seconds") >= 0);
        Assert.Equal(0, PrometheusText.Value(first, "articlebot_queue_depth", ("queue", "slack")));

        await AskAsync("who Zhao Lijian");
        await AskAsync("about");

        var second = await ScrapeAsync();
        Assert.Equal(3, Answers(second, "who"));
        Assert.Equal(1, Answers(second, "about"));
        Assert.Equal(5, Requests(second, "200"));
    }

    [Fact]
    public async Task ForgedRequest_CountsASignatureFailure()
    {
        using var forged = await PostAsync("command=%2Farticle&text=about", "v0=" + new string('0', 64));

        var page = await ScrapeAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(1, PrometheusText.Value(page, "articlebot_signature_failures_total", ("platform", "slack"), ("reason", "mismatch")));
        Assert.Equal(1, Requests(page, "401"));
    }

    private static double? Answers(string page, string command) =>
        PrometheusText.Value(page, "articlebot_answers_total", ("command", command), ("found", "true"));

    private static double? Requests(string page, string status) =>
        PrometheusText.Value(page, "articlebot_platform_requests_total", ("platform", "slack"), ("endpoint", "commands"), ("status", status));

    private async Task<string> ScrapeAsync()
    {
        using var response = await host.Client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task AskAsync(string text)
    {
        var body = "team_id=T1&channel_id=C1&user_id=U1&command=%2Farticle&text=" + Uri.EscapeDataString(text) + "&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook";
        using var response = await PostAsync(body, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? signature)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"));
        using var content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        content.Headers.ContentType!.CharSet = null;
        content.Headers.Add("X-Slack-Request-Timestamp", ts);
        content.Headers.Add("X-Slack-Signature", signature ?? "v0=" + Convert.ToHexStringLower(mac));
        return await host.Client.PostAsync(new Uri("/slack/commands", UriKind.Relative), content);
    }
}
