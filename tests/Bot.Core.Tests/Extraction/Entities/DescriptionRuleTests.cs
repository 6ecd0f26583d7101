namespace Bot.Core.Tests.Extraction.Entities;

public class DescriptionRuleTests
{
    [Theory]
    [InlineData("Truss's remarks were criticized by Chinese Foreign Ministry spokesman Zhao Lijian.", "Zhao Lijian", "Chinese Foreign Ministry spokesman")]
    [InlineData("When it ended, British Foreign Secretary Truss, in a debate, vowed to act.", "Truss", "British Foreign Secretary")]
    [InlineData("Last month, US news website BuzzFeed revealed a report.", "BuzzFeed", "US news website")]
    [InlineData("It was developed by Beijing-based technology company ByteDance.", "ByteDance", "Beijing-based technology company")]
    [InlineData("The report was released by US financial media outlet Bloomberg on Friday.", "Bloomberg", "US financial media outlet")]
    [InlineData("The deal was brokered by US President Barack Obama during a visit.", "Barack Obama", "US President")]
    [InlineData("He agreed with his Turkish counterpart Recep Tayyip Erdogan to pay.", "Recep Tayyip Erdogan", "Turkish counterpart")]
    [InlineData("She met Secretary of State John Kerry in Rome.", "John Kerry", "Secretary of State")]
    public void Extract_ReadsTitleBeforeName(string sentence, string name, string description) =>
        Assert.Contains(description, TestArticles.Extract(sentence).Require(name).Descriptions);

    [Theory]
    [InlineData("A message was sent to Elizabeth Kanter, TikTok's head of government relations in the UK, Ireland, the Netherlands, and Israel.",
        "Elizabeth Kanter", "TikTok's head of government relations in the UK, Ireland, the Netherlands, and Israel")]
    [InlineData("Kantor and Erich Andersen, TikTok's global general counsel in the US, participated in the discussion.",
        "Erich Andersen", "TikTok's global general counsel in the US")]
    [InlineData("What is the link between TikTok, the international version of Chinese Douyin, and the state?",
        "TikTok", "the international version of Chinese Douyin")]
    [InlineData("\"It is done,\" said Mr. Dor, head of research at the Ieseg School of Management in Lille, France.",
        "Dor", "head of research at the Ieseg School of Management in Lille, France")]
    [InlineData("Germany and Jeroen Dijsselbloem, the president of the Eurogroup of finance ministers, were adamant.",
        "Jeroen Dijsselbloem", "the president of the Eurogroup of finance ministers")]
    public void Extract_ReadsAppositive(string sentence, string name, string description) =>
        Assert.Contains(description, TestArticles.Extract(sentence).Require(name).Descriptions);

    [Theory]
    [InlineData("TikTok is a short video-sharing app developed by Beijing-based technology company ByteDance.",
        "TikTok", "a short video-sharing app developed by Beijing-based technology company ByteDance")]
    [InlineData("Eric Dor is a French economist who has studied the euro.", "Eric Dor", "a French economist who has studied the euro")]
    public void Extract_ReadsDefinition(string sentence, string name, string description) =>
        Assert.Contains(description, TestArticles.Extract(sentence).Require(name).Descriptions);

    [Theory]
    [InlineData("But for the broader system in Europe, the losses would be minimal compared with Greece.", "Europe")]
    [InlineData("He is head of research in Lille, France.", "Lille")]
    [InlineData("They visited Germany, the Netherlands and France.", "Germany")]
    [InlineData("When Bloomberg published it, Truss, in a debate with her rival, vowed to act.", "Truss")]
    [InlineData("Greece was too big to fail, but Cyprus, which is small, is not.", "Cyprus")]
    [InlineData("Agencies may set up official TikTok accounts soon.", "TikTok")]
    public void Extract_ReadsNoDescriptionFromListOrClause(string sentence, string name) =>
        Assert.Empty(TestArticles.Extract(sentence).Require(name).Descriptions);
}
