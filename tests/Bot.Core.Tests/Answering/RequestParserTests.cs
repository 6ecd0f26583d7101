using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class RequestParserTests
{
    [Theory]
    [InlineData("/who Zhao", "who", "Zhao")]
    [InlineData("@everyone who is Truss?", "ask", "who is Truss?")]
    [InlineData("<!channel> /who Zhao", "who", "Zhao")]
    [InlineData("<@U024BE7LH> @here when did it happen", "ask", "when did it happen")]
    [InlineData("<@123456789012345678> who Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("/timeline", "timeline", "")]
    [InlineData("/Ask  when was it?  ", "ask", "when was it?")]
    [InlineData("/foo bar baz", "foo", "bar baz")]
    [InlineData("/", "", "")]
    [InlineData("/who is Zhao Lijian?", "who", "is Zhao Lijian?")]
    [InlineData("/about how many accounts?", "about", "how many accounts?")]
    [InlineData("  When was it published?", "ask", "When was it published?")]
    [InlineData("", "help", "")]
    [InlineData("   ", "help", "")]
    [InlineData(null, "help", "")]
    [InlineData("who Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("WHO Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("who said coordinated inauthentic behavior", "who", "said coordinated inauthentic behavior")]
    [InlineData("timeline BuzzFeed", "timeline", "BuzzFeed")]
    [InlineData("timeline", "timeline", "")]
    [InlineData("sources", "sources", "")]
    [InlineData("sources survey", "sources", "survey")]
    [InlineData("about", "about", "")]
    [InlineData("help", "help", "")]
    [InlineData("ask When did Bloomberg publish?", "ask", "When did Bloomberg publish?")]
    [InlineData("ask", "ask", "")]
    [InlineData("when did Bloomberg publish?", "ask", "when did Bloomberg publish?")]
    [InlineData("who is Zhao Lijian?", "ask", "who is Zhao Lijian?")]
    [InlineData("Who is Zhao Lijian?", "ask", "Who is Zhao Lijian?")]
    [InlineData("who was quoted first", "ask", "who was quoted first")]
    [InlineData("who took part in the discussion", "ask", "who took part in the discussion")]
    [InlineData("who criticised truss's remarks", "ask", "who criticised truss's remarks")]
    [InlineData("Who said coordinated inauthentic behavior?", "ask", "Who said coordinated inauthentic behavior?")]
    [InlineData("Who runs a hedge fund in London?", "ask", "Who runs a hedge fund in London?")]
    [InlineData("about how many accounts were there?", "ask", "about how many accounts were there?")]
    [InlineData("help me understand the survey", "ask", "help me understand the survey")]
    [InlineData("weather tomorrow", "ask", "weather tomorrow")]
    [InlineData("timeline of events before 2020?", "ask", "timeline of events before 2020?")]
    public void Parse_LeadingCommandWordWithOrWithoutSlashIsTheCommand_QuestionsStayQuestions(string? text, string command, string argument)
    {
        Assert.Equal(new BotRequest(command, argument), RequestParser.Parse(text));
    }

    [Theory]
    [InlineData("who Zhao Lijian")]
    [InlineData("timeline 2022")]
    [InlineData("sources survey")]
    [InlineData("who said irresponsible remarks")]
    public void Parse_SlashIsOptionalBeforeACommandWord(string text)
    {
        Assert.Equal(RequestParser.Parse("/" + text), RequestParser.Parse(text));
    }
}
