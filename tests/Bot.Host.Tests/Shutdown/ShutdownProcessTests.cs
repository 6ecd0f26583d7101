using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Host.Tests.Process;

namespace Bot.Host.Tests.Shutdown;

/// <summary>SIGTERM as a container runtime sends it: the built bot stops taking work, finishes what it accepted and exits 0.</summary>
// Alone: under the other process tests' load, signal timing made this flaky (CI saw it).
[CollectionDefinition(nameof(ShutdownProcessTests), DisableParallelization = true)]
[Collection(nameof(ShutdownProcessTests))]
public sealed class ShutdownProcessTests
{
    private const string Secret = "test-signing-secret";
    // Generous: on a loaded CI machine the services stopped before the Slack worker have taken over 10 s.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SigTerm_WhileAMentionIsBeingAnswered_RefusesNewRequestsFinishesThePostAndExitsZero()
    {
        await using var slack = await HeldSlackApi.StartAsync();
        var port = FreePort();
        await using var bot = BotProcess.Start(
            new Dictionary<string, string>
            {
                ["Slack__BotToken"] = "xoxb-test-token",
                ["Slack__SigningSecret"] = Secret,
                ["Slack__ApiBaseUrl"] = slack.BaseUrl.AbsoluteUri,
                ["Article__Watch"] = "false",
                ["Host__ShutdownTimeoutSeconds"] = ShutdownTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture),
            },
            "--urls", $"http://127.0.0.1:{port}");
        var baseUri = new Uri($"http://127.0.0.1:{port}");
        await WaitUntilHealthyAsync(bot, baseUri);

        using (var accepted = await PostMentionAsync(baseUri, "Ev1", "1610241741.000200"))
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await slack.PostReceived.WaitAsync(TimeSpan.FromSeconds(20));

        await Signals.TerminateAsync(bot.Id);
        var refusal = await FirstRefusalAsync(baseUri);

        // Refused while the answer is still held open: the bot stopped taking work before it finished its work,
        // and its worker is stopping with that answer still to finish.
        Assert.False(slack.PostAnswered.IsCompleted);
        // One, or two when a late mention got in before Kestrel stopped listening; each is finished.
        await WaitForOutputAsync(bot, "accepted replies before shutdown");
        Assert.False(bot.HasExited);
        slack.Release();
        var exit = await bot.WaitForExitAsync(ShutdownTimeout + TimeSpan.FromSeconds(10));

        Assert.True(exit == 0, $"exit {exit}: {bot.Error}");
        Assert.True(refusal is null or HttpStatusCode.ServiceUnavailable, $"a request after SIGTERM got {refusal}");
        var post = JsonDocument.Parse(await slack.PostAnswered).RootElement;
        Assert.Equal("C1", post.GetProperty("channel").GetString());
        Assert.Equal("1610241741.000200", post.GetProperty("thread_ts").GetString());
        Assert.Contains("I might want to exhort", post.GetRawText(), StringComparison.Ordinal);

        // Each accepted item ran to its end: the "eyes" reaction removed after its post.
        Assert.Equal("auth.test", slack.Methods.First());
        Assert.Equal(slack.Methods.Count(m => m == "reactions.add"), slack.Methods.Count(m => m == "reactions.remove"));
        Assert.Equal(slack.Methods.Count(m => m == "reactions.add"), slack.Methods.Count(m => m == "chat.postMessage"));
        Assert.DoesNotContain("were not sent", bot.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("chat")]
    public async Task SigTerm_WhileTheConsoleChatWaitsForInput_ExitsZero(params string[] args)
    {
        await using var bot = BotProcess.Start(null, args);
        if (args.Length > 0)
        {
            // The chat command has no banner: it is up once it has answered a first message.
            await bot.Input.WriteLineAsync("/help");
            await bot.Input.FlushAsync();
        }

        await WaitForOutputAsync(bot, args.Length == 0 ? "Ask a question" : "/who");

        await Signals.TerminateAsync(bot.Id);
        var exit = await bot.WaitForExitAsync(ShutdownTimeout);

        // Standard input is still open: only the signal can have ended the chat.
        Assert.True(exit == 0, $"exit {exit}: {bot.Error}");
    }

    /// <summary>The status of the first request after SIGTERM that was not answered normally, or null when the
    /// connection was refused. Requests answered before the host saw the signal are complete answers, never cut off.</summary>
    private static async Task<HttpStatusCode?> FirstRefusalAsync(Uri baseUri)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                // A fresh connection each time: a kept-alive one would not show whether new connections are taken.
                using var response = await PostMentionAsync(baseUri, $"Ev-late-{attempt}", $"1610241999.{attempt:D6}");
                if (response.StatusCode != HttpStatusCode.OK)
                    return response.StatusCode;
            }
            // Refused, or reset or closed by the stopping server before any response: never a half answer.
            catch (HttpRequestException)
            {
                return null;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The bot kept taking requests after SIGTERM.");
    }

    private static async Task<HttpResponseMessage> PostMentionAsync(Uri baseUri, string eventId, string ts)
    {
        var body = $$$"""{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"{{{eventId}}}","event_time":1610241741,"event":{"type":"app_mention","user":"U1","text":"<@{{{HeldSlackApi.BotUserId}}}> who is Zhao Lijian?","ts":"{{{ts}}}","channel":"C1","event_ts":"{{{ts}}}"}}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(20) };
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        content.Headers.ContentType!.CharSet = null;
        content.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        content.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return await client.PostAsync(new Uri("/slack/events", UriKind.Relative), content);
    }

    private static async Task WaitUntilHealthyAsync(BotProcess bot, Uri baseUri)
    {
        using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 400; attempt++)
        {
            Assert.False(bot.HasExited, bot.Error);
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The bot did not become healthy: " + bot.Error);
    }

    private static async Task WaitForOutputAsync(BotProcess bot, string text)
    {
        for (var attempt = 0; attempt < 800 && !bot.Output.Contains(text, StringComparison.Ordinal); attempt++)
        {
            if (bot.HasExited)
                Assert.Fail($"exited ({await bot.WaitForExitAsync(TimeSpan.FromSeconds(5))}) before \"{text}\": {bot.Output}{bot.Error}");
            await Task.Delay(50);
        }

        Assert.Contains(text, bot.Output, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
