using Bot.Slack.Handling;

namespace Bot.Slack.Tests.Handling;

public class SlashCommandParserTests
{
    [Theory]
    [InlineData("who Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("WHO Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("who said coordinated inauthentic behavior", "who", "said coordinated inauthentic behavior")]
    [InlineData("timeline BuzzFeed", "timeline", "BuzzFeed")]
    [InlineData("timeline", "timeline", "")]
    [InlineData("sources", "sources", "")]
    [InlineData("sources survey", "sources", "survey")]
    [InlineData("about", "about", "")]
    [InlineData("help", "help", "")]
    [InlineData("", "help", "")]
    [InlineData("   ", "help", "")]
    [InlineData("/who Zhao", "who", "Zhao")]
    [InlineData("ask When did Bloomberg publish?", "ask", "When did Bloomberg publish?")]
    [InlineData("when did Bloomberg publish?", "ask", "when did Bloomberg publish?")]
    [InlineData("who is Zhao Lijian?", "ask", "who is Zhao Lijian?")]
    [InlineData("who was quoted first", "ask", "who was quoted first")]
    [InlineData("about how many accounts were there?", "ask", "about how many accounts were there?")]
    [InlineData("help me understand the survey", "ask", "help me understand the survey")]
    [InlineData("weather tomorrow", "ask", "weather tomorrow")]
    [InlineData("timeline of events before 2020?", "ask", "timeline of events before 2020?")]
    public void Parse_FirstWordPicksTheSubcommandElseAQuestion(string text, string command, string argument)
    {
        var request = SlashCommandParser.Parse(text);
        Assert.Equal(command, request.Command);
        Assert.Equal(argument, request.Argument);
    }
}
