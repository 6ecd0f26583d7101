using Bot.Core.Answering.YesNo;

namespace Bot.Core.Tests.Answering.YesNo;

public sealed class YesNoDeciderTests
{
    [Theory]
    [InlineData("Did the club agree to the merger?", "The club's board rejected the merger on Monday.", "No")]
    [InlineData("did the board turn down the merger", "The club's board rejected the merger on Monday.", "Yes")]
    [InlineData("Did the mayor accept the offer?", "The mayor refused the offer, aides said.", "No")]
    [InlineData("did the firm confirm the layoffs", "A spokeswoman denied that any jobs would go.", "No")]
    [InlineData("has the school reopened", "The school reopened its doors on Tuesday.", "Yes")]
    [InlineData("did the senator talk much about the budget", "Campaigning in 2012, she barely mentioned the budget.", "No")]
    [InlineData("was she allowed to become mayor", "The charter prevented her from becoming mayor.", "No")]
    [InlineData("did the anchor fact check the candidate", "The anchor decided against fact-checking the candidate.", "No")]
    [InlineData("will the bridge be finished this year", "The bridge will not be finished until 2028.", "No")]
    [InlineData("can residents park on the street", "Residents can't park on the street during works.", "No")]
    [InlineData("did the senator ever vote for the bill", "She never voted for the bill.", "No")]
    [InlineData("did the senator oppose the bill", "She never voted for the bill.", "Yes")]
    [InlineData("did she want a police escort", "She did not want an escort, but the police overruled that request.", "No")]
    [InlineData("did he promise to publish his tax returns", "He said taxes were high, although he refused to promise to publish his returns.", "No")]
    [InlineData("has the coalition endorsed a candidate", "Other groups agree, but the coalition wants to keep its non-endorsement policy.", "No")]
    [InlineData("has the firm shown that the drug works", "Critics say the firm has yet to show that the drug works.", "No")]
    [InlineData("does the writer like the slogan", "\"I hate this slogan,\" the writer said.", "No")]
    [InlineData("is the councillor a democrat", "The councillor has been a registered Republican since 2003.", "No")]
    [InlineData("did prices rise in march", "Prices fell by 2 percent in March.", "No")]
    [InlineData("was the suspect charged", "The suspect was released without being charged.", "No")]
    [InlineData("Did the union not object to the deal?", "The union did not object to the deal.", "Yes")]
    [InlineData("did the protest turn violent", "Unlike others, the protest remained peaceful.", "No")]
    [InlineData("was the shop an honest business", "The owner ran a fraudulent business that cheated its customers.", "No")]
    [InlineData("was the report complete", "The inspectors called the report incomplete.", "No")]
    [InlineData("did the council approve the budget", "The council disapproved of the budget on Monday.", "No")]
    [InlineData("does the coach disrespect the players", "The coach has great respect for his players.", "No")]
    [InlineData("did the aide reply to the reporter", "The aide, a campaign spokeswoman, did not respond to my messages.", "No")]
    [InlineData("does the doctor expect her to recover", "The doctor expects her to recover from the illness, which made her cancel a trip.", "Yes")]
    [InlineData("did the court agree to open the file", "A judge rejected a request to open the file, saying courts have no business in it.", "No")]
    public void DecidesByWhetherTheSentenceTurnsTheQuestionAround(string question, string sentence, string expected) =>
        Assert.Equal(expected, YesNoDecider.Decide(question, sentence).ToString());

    [Fact]
    public void InflectionsOfARefusalAllCount()
    {
        foreach (var sentence in new[] { "They reject the plan.", "They rejected the plan.", "They are rejecting the plan." })
        {
            Assert.Equal(Verdict.No, YesNoDecider.Decide("do they accept the plan", sentence));
        }
    }
}
