namespace Bot.Host.Tests.Process;

/// <summary>What a new user sees when the article or a setting is wrong: one line each, the documented exit code.</summary>
public sealed class StartupFailureProcessTests
{
    private const string Snowflake = "123456789012345678";

    [Fact]
    public async Task Run_WithArticlePathSettingToAMissingFile_ExitsTwoWithOneLineNamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"articlebot-missing-{Guid.NewGuid():N}.txt");

        var (exit, output, error) = await BotProcess.RunAsync(string.Empty, $"--Article:Path={missing}");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("> ", output, StringComparison.Ordinal);
        Assert.Contains(missing, OneLine(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Article:Watch", "--Article:Watch=maybe")]
    [InlineData("Article:Path", "--Article:Path=")]
    [InlineData("Discord:PublicKey", "--Discord:PublicKey=xyz", "--Discord:BotToken=token", "--Discord:ApplicationId=" + Snowflake)]
    [InlineData("Discord:ShardCount", "--Discord:ShardCount=lots", "--Discord:BotToken=token", "--Discord:ApplicationId=" + Snowflake)]
    [InlineData("Discord:Gateway", "--Discord:Gateway=perhaps", "--Discord:BotToken=token", "--Discord:ApplicationId=" + Snowflake)]
    [InlineData("Slack:BotToken", "--Slack:BotToken=xapp-1", "--Slack:SigningSecret=secret")]
    [InlineData("Slack:SigningSecret", "--Slack:BotToken=xoxb-1")]
    [InlineData("Host:ShutdownTimeoutSeconds", "--Host:ShutdownTimeoutSeconds=0")]
    [InlineData("Host:ShutdownTimeoutSeconds", "--Host:ShutdownTimeoutSeconds=soon")]
    public async Task Run_WithABadSetting_ExitsThreeWithOneLineNamingTheSetting(string setting, params string[] args)
    {
        var (exit, output, error) = await BotProcess.RunAsync(string.Empty, args);

        Assert.True(exit == 3, $"exit {exit}: {error}");
        Assert.Contains(setting, OneLine(error), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithTwoBadSettings_NamesEachOnItsOwnLine()
    {
        var (exit, _, error) = await BotProcess.RunAsync(string.Empty, "--Discord:PublicKey=xyz", "--Discord:BotToken=token");

        Assert.Equal(3, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("Discord:PublicKey", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Discord:ApplicationId", StringComparison.Ordinal));
    }

    private static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, error);
        return lines[0];
    }
}
