using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Host.Tests.Adapters;

public sealed class SlackThroughHostTests : IAsyncLifetime
{
    private const string Secret = "test-signing-secret";
    private AdapterHost host = null!;

    public async Task InitializeAsync()
    {
        host = await AdapterHost.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:SigningSecret"] = Secret,

            // Nothing listens here: auth.test fails, which the adapter logs and survives.
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
        });
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Healthz_IsOkOnceTheArticleIsLoaded()
    {
        using var response = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignedSlashCommand_IsAnsweredWithCitationsFromTheShippedArticle()
    {
        var body = "team_id=T1&channel_id=C1&user_id=U1&command=%2Farticle&text=timeline+BuzzFeed&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&trigger_id=1";

        using var response = await PostSignedAsync("/slack/commands", body, "application/x-www-form-urlencoded");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("recordings of 80 internal TikTok US meetings", text, StringComparison.Ordinal);
        Assert.Contains("2022-06", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleOrUnsignedRequests_Get401_AndTheHostStaysHealthy()
    {
        var body = "command=%2Farticle&text=about";
        var stale = DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeSeconds();

        using var staleResponse = await PostSignedAsync("/slack/commands", body, "application/x-www-form-urlencoded", stale);
        using var unsigned = await host.Client.PostAsync(new Uri("/slack/commands", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        using var health = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, staleResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private async Task<HttpResponseMessage> PostSignedAsync(string path, string body, string mediaType, long? timestamp = null)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"));
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        content.Headers.ContentType!.CharSet = null;
        content.Headers.Add("X-Slack-Request-Timestamp", ts);
        content.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return await host.Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
