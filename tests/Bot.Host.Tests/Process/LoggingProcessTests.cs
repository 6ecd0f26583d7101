using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Host.Tests.Process;

/// <summary>The real host's console logs with a Slack request through them: JSON on request, and never the
/// asker's words at Information (only at Debug and below).</summary>
public sealed partial class LoggingProcessTests
{
    private const string Secret = "logging-test-secret";

    // A word nothing else in the process would print, so finding it means the question leaked.
    private const string QuestionWord = "Quizzaciously";

    [Fact]
    public async Task JsonFormatAtInformation_WritesOnlyJsonLines_AndNoQuestionText()
    {
        var (output, error) = await AskThroughHostAsync(new Dictionary<string, string>
        {
            ["Logging__Format"] = "json",
            ["Logging__LogLevel__Default"] = "Information",
        });

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.Contains("Chat adapters configured", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            Assert.True(document.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(document.RootElement.TryGetProperty("Category", out _), line);
        }

        Assert.DoesNotContain(QuestionWord, output + error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DefaultFormatAtTrace_IsTheSimpleOne_AndDoesCarryTheQuestion()
    {
        // The control for the test above: the same capture does see the question once Trace is on.
        var (output, error) = await AskThroughHostAsync(new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Trace",
        });

        Assert.Contains("info: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"EventId\"", output, StringComparison.Ordinal);
        Assert.Contains(QuestionWord, output + error, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(string Output, string Error)> AskThroughHostAsync(Dictionary<string, string> environment)
    {
        environment["Slack__BotToken"] = "xoxb-logging-test";
        environment["Slack__SigningSecret"] = Secret;
        environment["Slack__ApiBaseUrl"] = "http://127.0.0.1:9/api/";
        environment["Article__Watch"] = "false";
        var bot = BotProcess.Start(environment, "--urls", "http://127.0.0.1:0");
        try
        {
            await AskAsync(bot);
        }
        finally
        {
            // Kills the process: every line it wrote for the requests is out by now (the answers came back).
            await bot.DisposeAsync();
        }

        return (bot.Output, bot.Error);
    }

    private static async Task AskAsync(BotProcess bot)
    {
        var baseUrl = await ListeningOnAsync(bot);
        using var client = new HttpClient { BaseAddress = baseUrl };
        using var command = await PostSignedAsync(client, $"command=%2Farticle&text=who+{QuestionWord}+said+what&user_id=U1&channel_id=C1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook");
        using var question = await PostSignedAsync(client, $"command=%2Farticle&text=why+did+{QuestionWord}+leave%3F&user_id=U1&channel_id=C1&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook");
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        Assert.Equal(HttpStatusCode.OK, question.StatusCode);
    }

    private static async Task<Uri> ListeningOnAsync(BotProcess bot)
    {
        for (var i = 0; i < 600; i++)
        {
            if (ListeningLine().Match(bot.Output) is { Success: true } match)
                return new Uri(match.Value);
            await Task.Delay(50);
        }

        throw new InvalidOperationException("The host never said where it listens: " + bot.Output + bot.Error);
    }

    private static async Task<HttpResponseMessage> PostSignedAsync(HttpClient client, string body)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"));
        using var content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        content.Headers.ContentType!.CharSet = null;
        content.Headers.Add("X-Slack-Request-Timestamp", ts);
        content.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return await client.PostAsync(new Uri("/slack/commands", UriKind.Relative), content);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+")]
    private static partial Regex ListeningLine();
}
