using System.Text.Json;
using Bot.Core.Answering;
using Bot.Discord.Gateway;
using Bot.Discord.Json;
using Bot.Host.Chat;
using Bot.Slack.Handling;
using InteractionHandler = Bot.Discord.Interactions.InteractionHandler;

namespace Bot.Host.Tests.Requests;

/// <summary>The console, Discord and Slack turn the same text into the same request: one parser behind all of them.</summary>
public sealed class EntryPointRequestTests
{
    private const string DiscordBot = "1100000000000000001";
    private const string SlackBot = "U0BOT";

    [Theory]
    [InlineData("who Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("/who Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("who said coordinated inauthentic behavior", "who", "said coordinated inauthentic behavior")]
    [InlineData("who is Zhao Lijian?", "ask", "who is Zhao Lijian?")]
    [InlineData("Who said coordinated inauthentic behavior?", "ask", "Who said coordinated inauthentic behavior?")]
    [InlineData("timeline BuzzFeed", "timeline", "BuzzFeed")]
    [InlineData("/sources survey", "sources", "survey")]
    [InlineData("about", "about", "")]
    [InlineData("about how many accounts were there?", "ask", "about how many accounts were there?")]
    [InlineData("/bogus thing", "bogus", "thing")]
    [InlineData("When did Bloomberg publish its report?", "ask", "When did Bloomberg publish its report?")]
    public async Task SameText_IsTheSameRequestInTheConsoleDiscordAndSlack(string text, string command, string argument)
    {
        var expected = new BotRequest(command, argument);

        Assert.Equal(expected, await ConsoleRequestAsync(text));
        Assert.Equal(expected, MentionText.ToRequest($"<@{DiscordBot}> {text}", DiscordBot));
        Assert.Equal(expected, MentionText.ToRequest(text, DiscordBot));
        Assert.Equal(expected, SlackRequest.Parse($"<@{SlackBot}> {text}", SlackBot));
        Assert.Equal(expected, SlackRequest.Parse(text, SlackBot));
    }

    [Theory]
    [InlineData("who", "person", "Zhao Lijian")]
    [InlineData("who", "person", "said coordinated inauthentic behavior")]
    [InlineData("timeline", "filter", "2022")]
    [InlineData("sources", "filter", "survey")]
    [InlineData("ask", "question", "When did Bloomberg publish its report?")]
    [InlineData("about", null, null)]
    public async Task DiscordSlashCommand_IsTheSameRequestAsTypingIt(string name, string? option, string? value)
    {
        var options = option is null ? null : new[] { new InteractionOption(option, 3, JsonSerializer.SerializeToElement(value)) };
        var typed = value is null ? "/" + name : $"/{name} {value}";

        var request = InteractionHandler.ToRequest(new InteractionData(Name: name, Type: 1, Options: options));

        Assert.Equal(await ConsoleRequestAsync(typed), request);
        Assert.Equal(SlackRequest.Parse(typed, SlackBot), request);
        Assert.Equal(MentionText.ToRequest(typed, DiscordBot), request);
        Assert.Equal(SlackRequest.Parse(typed[1..], SlackBot), request);
    }

    private static async Task<BotRequest> ConsoleRequestAsync(string line)
    {
        var answerer = new RecordingAnswerer();
        await ChatLoop.RunAsync(new StringReader(line + "\n"), TextWriter.Null, answerer, _ => string.Empty, prompt: null);
        return Assert.Single(answerer.Requests);
    }
}
