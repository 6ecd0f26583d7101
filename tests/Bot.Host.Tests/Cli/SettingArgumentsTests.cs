using Bot.Host.Cli;

namespace Bot.Host.Tests.Cli;

public sealed class SettingArgumentsTests
{
    [Theory]
    [InlineData("--Article:Path=x.txt", "", "--Article:Path=x.txt")]
    [InlineData("--Article:Path x.txt", "", "--Article:Path x.txt")]
    [InlineData("--urls http://127.0.0.1:0 chat", "chat", "--urls http://127.0.0.1:0")]
    [InlineData("ask @everyone --Discord:BotToken=t --json", "ask @everyone --json", "--Discord:BotToken=t")]
    [InlineData("facts --article a.txt", "facts --article a.txt", "")]
    [InlineData("-- --Article:Path=x", "-- --Article:Path=x", "")]
    public void Split_SeparatesSettingsFromTheCommandLine(string args, string command, string settings)
    {
        var (commandArgs, settingArgs) = SettingArguments.Split(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(command, string.Join(' ', commandArgs));
        Assert.Equal(settings, string.Join(' ', settingArgs));
    }
}
