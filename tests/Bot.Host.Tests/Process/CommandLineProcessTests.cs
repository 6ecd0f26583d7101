using System.Text.Json;

namespace Bot.Host.Tests.Process;

public sealed class CommandLineProcessTests
{
    [Fact]
    public async Task Ask_QuestionStartingWithAt_IsAQuestionNotAResponseFile()
    {
        var (exit, output, error) = await BotProcess.RunAsync(string.Empty, "ask", "@everyone who is Truss?", "--json");

        Assert.True(exit == 0, error);
        Assert.DoesNotContain("Response file", output + error, StringComparison.OrdinalIgnoreCase);
        var reply = JsonDocument.Parse(output).RootElement;
        Assert.Equal("who is Truss?", reply.GetProperty("query").GetString());
        Assert.DoesNotContain("@everyone", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_HasAPlainUsageLineAndNoAdditionalArguments()
    {
        var (exit, output, _) = await BotProcess.RunAsync(string.Empty, "--help");

        Assert.Equal(0, exit);
        var usage = output.Split('\n').SkipWhile(l => !l.StartsWith("Usage:", StringComparison.Ordinal)).Skip(1).First().Trim();
        Assert.Equal("articlebot [command] [options]", usage);
        Assert.DoesNotContain("Additional Arguments", output, StringComparison.Ordinal);
        Assert.Single(OptionLines(output, "--article"));
    }

    [Theory]
    [InlineData("facts")]
    [InlineData("chat")]
    [InlineData("ask")]
    public async Task SubcommandHelp_ListsArticleOnce(string command)
    {
        var (exit, output, _) = await BotProcess.RunAsync(string.Empty, command, "--help");

        Assert.Equal(0, exit);
        Assert.Single(OptionLines(output, "--article"));
        Assert.Single(OptionLines(output, "--json"));
    }

    [Fact]
    public async Task Ask_WithoutAQuestion_PrintsTheErrorOnceAndNoHelp()
    {
        var (exit, output, error) = await BotProcess.RunAsync(string.Empty, "ask");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("Usage:", output + error, StringComparison.Ordinal);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("'ask'", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackManifest_KeepsAngleBracketsReadable_AndIsValidJson()
    {
        var (exit, output, error) = await BotProcess.RunAsync(string.Empty, "slack-manifest");

        Assert.True(exit == 0, error);
        Assert.DoesNotContain("\\u003C", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u003E", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("who <person>", output, StringComparison.Ordinal);
        var hint = JsonDocument.Parse(output).RootElement.GetProperty("features").GetProperty("slash_commands")[0].GetProperty("usage_hint").GetString();
        Assert.Contains("<question>", hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_HonoursTheArticlePathSetting()
    {
        var (exit, output, error) = await BotProcess.RunAsync(string.Empty, "facts", $"--Article:Path={RepositoryPaths.Seed}");

        Assert.True(exit == 0, error);
        Assert.StartsWith("Bloomberg: Chinese Government Agencies Request Invisible TikTok", output, StringComparison.Ordinal);
    }

    private static List<string> OptionLines(string help, string option) =>
        [.. help.Split('\n').Where(l => l.TrimStart().StartsWith(option + " ", StringComparison.Ordinal))];
}
