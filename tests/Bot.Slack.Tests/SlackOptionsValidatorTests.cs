using Microsoft.Extensions.Configuration;

namespace Bot.Slack.Tests;

public class SlackOptionsValidatorTests
{
    [Theory]
    [InlineData("xoxb-1", "secret", null, null)]
    [InlineData("xoxb-1", null, "xapp-1", null)]
    [InlineData(null, "secret", null, "Slack:BotToken is required")]
    [InlineData("xapp-1", "secret", null, "holds an app-level token")]
    [InlineData("xoxp-1", "secret", null, "must be a bot token starting with xoxb-")]
    [InlineData("xoxb-1", null, null, "Slack:SigningSecret is required in HTTP mode")]
    [InlineData("xoxb-1", null, "xoxb-2", "Slack:AppToken must be an app-level token")]
    public void Validate_ExplainsWhatIsWrong(string? botToken, string? secret, string? appToken, string? expectedMessage)
    {
        var options = new SlackOptions { BotToken = botToken, SigningSecret = secret, AppToken = appToken };
        var result = new SlackOptionsValidator().Validate(null, options);

        if (expectedMessage is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.True(result.Failed);
            Assert.Contains(expectedMessage, result.FailureMessage, StringComparison.Ordinal);
            Assert.DoesNotContain(botToken ?? "\0", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("article")]
    [InlineData("/two words")]
    [InlineData("/")]
    public void Validate_RefusesACommandThatIsNotOneSlashWord(string command)
    {
        var options = new SlackOptions { BotToken = "xoxb-1", SigningSecret = "s", Command = command };
        Assert.True(new SlackOptionsValidator().Validate(null, options).Failed);
    }

    [Theory]
    [InlineData("xoxb-1", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSlackConfigured_DependsOnTheBotToken(string? token, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Slack:BotToken"] = token })
            .Build();
        Assert.Equal(expected, SlackHostingExtensions.IsSlackConfigured(configuration));
    }
}
