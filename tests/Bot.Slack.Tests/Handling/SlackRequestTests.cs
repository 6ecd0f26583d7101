using Bot.Core.Answering;
using Bot.Slack.Handling;

namespace Bot.Slack.Tests.Handling;

public class SlackRequestTests
{
    [Theory]
    [InlineData("who Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("/who Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("<@U0BOT> who Zhao Lijian", "who", "Zhao Lijian")]
    [InlineData("<@U0BOT>", "help", "")]
    [InlineData("", "help", "")]
    [InlineData("who is Zhao Lijian?", "ask", "who is Zhao Lijian?")]
    [InlineData("is AT&amp;T &lt;mentioned&gt;?", "ask", "is AT&T <mentioned>?")]
    public void Parse_MakesSlackMarkupPlainThenParsesAsEverywhere(string text, string command, string argument)
    {
        Assert.Equal(new BotRequest(command, argument), SlackRequest.Parse(text, "U0BOT"));
    }
}
