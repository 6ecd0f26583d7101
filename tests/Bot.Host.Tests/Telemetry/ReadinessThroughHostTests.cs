using System.Net;
using Bot.Host.Tests.Adapters;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Telemetry;

/// <summary>/readyz in Slack HTTP mode: ready only once auth.test has succeeded; /healthz does not care.</summary>
public sealed class ReadinessThroughHostTests
{
    [Fact]
    public async Task Readyz_Is503NamingSlack_WhileAuthTestFails()
    {
        // Nothing listens on port 9: auth.test fails and the adapter is not connected.
        await using var host = await StartSlackAsync("http://127.0.0.1:9/api/");

        using var ready = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var health = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("not ready: slack-api: auth.test has not succeeded", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Readyz_Is200_OnceAuthTestSucceeded()
    {
        await using var slack = await StartFakeSlackAsync();
        await using var host = await StartSlackAsync(slack.Urls.First() + "/api/");

        using var ready = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", await ready.Content.ReadAsStringAsync());
    }

    private static Task<AdapterHost> StartSlackAsync(string apiBaseUrl) =>
        AdapterHost.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = "xoxb-readiness-test",
            ["Slack:SigningSecret"] = "readiness-secret",
            ["Slack:ApiBaseUrl"] = apiBaseUrl,
        });

    // Slack's auth.test and nothing else, on a free 127.0.0.1 port.
    private static async Task<WebApplication> StartFakeSlackAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/auth.test", () => Results.Text("""{"ok":true,"user_id":"UBOT","bot_id":"BBOT"}""", "application/json"));
        await app.StartAsync();
        return app;
    }
}
