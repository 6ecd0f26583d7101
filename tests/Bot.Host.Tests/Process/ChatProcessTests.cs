using System.Text.Json;

namespace Bot.Host.Tests.Process;

public sealed class ChatProcessTests
{
    [Fact]
    public async Task ChatJson_AnswersEachMessageInOrder_AndSurvivesBadInput()
    {
        var longMessage = new string('x', 1001);
        var input = string.Join('\n', "/help", string.Empty, "/who Zhao Lijian", "/bogus thing", longMessage, "Who is Zhao Lijian?") + "\n";

        var (exit, output, error) = await BotProcess.RunAsync(input, "chat", "--json", "--article", RepositoryPaths.Seed);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        foreach (var line in lines)
        {
            foreach (var key in new[] { "kind", "query", "found", "text", "items", "citations" })
            {
                Assert.True(line.TryGetProperty(key, out _), $"missing {key}");
            }
        }

        Assert.Equal("help", lines[0].GetProperty("kind").GetString());
        Assert.All(lines, l => Assert.StartsWith("Bloomberg: Chinese Government Agencies", l.GetProperty("article").GetProperty("title").GetString(), StringComparison.Ordinal));
        Assert.Contains("/who", lines[0].GetProperty("text").GetString() + string.Join(' ', lines[0].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString())), StringComparison.Ordinal);
        Assert.True(lines[1].GetProperty("found").GetBoolean());
        Assert.Contains(lines[1].GetProperty("citations").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains("I might want to exhort", StringComparison.Ordinal));
        Assert.False(lines[2].GetProperty("found").GetBoolean());
        Assert.Contains("/help", lines[2].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(lines[3].GetProperty("found").GetBoolean());
        Assert.True(lines[3].GetProperty("text").GetString()!.Length < 200);
        Assert.True(lines[4].GetProperty("found").GetBoolean());
    }

    [Fact]
    public async Task Run_WithoutCredentials_OpensTheConsoleChatOnTheShippedArticle()
    {
        var (exit, output, error) = await BotProcess.RunAsync("/who Zhao Lijian\n");

        Assert.True(exit == 0, error);
        Assert.Contains("Bloomberg: Chinese Government Agencies Request Invisible TikTok", output, StringComparison.Ordinal);
        Assert.Contains("> ", output, StringComparison.Ordinal);
        Assert.Contains("I might want to exhort", output, StringComparison.Ordinal);
        Assert.Contains("[1] ¶", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithMissingArticle_ExitsTwoWithOneLine()
    {
        var (exit, output, error) = await BotProcess.RunAsync(string.Empty, "--article", "no-such-article.txt");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("> ", output, StringComparison.Ordinal);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("no-such-article.txt", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AnswersOneQuestionAsJson()
    {
        var (exit, output, error) = await BotProcess.RunAsync(string.Empty, "ask", "Who said coordinated inauthentic behavior?", "--json");

        Assert.True(exit == 0, error);
        var answer = JsonDocument.Parse(output).RootElement;
        Assert.True(answer.GetProperty("found").GetBoolean());
        Assert.Contains(answer.GetProperty("citations").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains("coordinated inauthentic behavior", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlackManifest_PrintsAManifestWithTheArticleCommand()
    {
        var (exit, output, error) = await BotProcess.RunAsync(string.Empty, "slack-manifest");

        Assert.True(exit == 0, error);
        var manifest = JsonDocument.Parse(output).RootElement;
        Assert.Contains("/article", manifest.ToString(), StringComparison.Ordinal);
    }
}
