namespace Bot.Core.Tests.Extraction.Entities;

public class MentionRuleTests
{
    [Theory]
    [InlineData("The deal was signed by Maria Lopez in Madrid.", "Maria Lopez")]
    [InlineData("Officials met at the Convention of States Action office.", "Convention of States Action")]
    [InlineData("Data came from the Centers for Disease Control and Prevention on Monday.", "Centers for Disease Control and Prevention")]
    [InlineData("Beijing-based firms grew fast.", "Beijing")]
    [InlineData("Shares of ByteDance's rivals fell.", "ByteDance")]
    [InlineData("She spoke to the CDC on the phone.", "CDC")]
    [InlineData("Soldiers moved to the U.S. border last week.", "U.S.")]
    [InlineData("Talks with George W. Bush ended early.", "George W. Bush")]
    [InlineData("Mr. Dor said the risk was small.", "Dor")]
    [InlineData("Visitors met Ludwig van Beethoven in Vienna.", "Ludwig van Beethoven")]
    [InlineData("He joined the National People's Congress in 2003.", "National People's Congress")]
    [InlineData("It went to the Environment and Public Works Committee first.", "Environment and Public Works Committee")]
    [InlineData("Kantor and Erich Andersen joined the call.", "Kantor")]
    public void Extract_FindsName(string sentence, string name) =>
        Assert.NotNull(TestArticles.Extract(sentence).Named(name));

    [Theory]
    [InlineData("However, the plan failed in the end.", "However")]
    [InlineData("On Thursday, the vote passed in the assembly.", "Thursday")]
    [InlineData("The time span is from September 2021 to January 2022.", "September")]
    [InlineData("Technology export is restricted by the rules.", "Technology")]
    [InlineData("Estimates of the cost have ranged widely.", "Estimates")]
    [InlineData("The American public was not told about it.", "American")]
    [InlineData("Western readers were the target.", "Western")]
    [InlineData("Several employees left the firm.", "Several")]
    [InlineData("Growth was measured as a share of G.D.P. in the report.", "G.D.P.")]
    [InlineData("The President spoke at length.", "President")]
    [InlineData("Authorities said the road was closed.", "Authorities")]
    [InlineData("The vote is due on Jan. 20 in the capital.", "Jan")]
    public void Extract_IgnoresWordCapitalisedForOtherReasons(string sentence, string word) =>
        Assert.Null(TestArticles.Extract(sentence).Named(word));

    [Theory]
    [InlineData("Acme Corp released the figures.", "Acme Corp", "# Figures Released By Acme Corp And Others")]
    [InlineData("Nina Park spoke to reporters.", "Nina Park", "Nina Park Under Fire")]
    public void Extract_CitesHeadingOnlyForNamesTheBodyUses(string body, string name, string heading)
    {
        var extraction = TestArticles.Extract(body, heading);

        Assert.Equal(2, extraction.Require(name).Citations.Count);
        Assert.Null(extraction.Named("Figures"));
        Assert.Null(extraction.Named("Others"));
        Assert.Null(extraction.Named("Fire"));
    }

    [Fact]
    public void Extract_SplitsPlaceOutOfRunOfNames()
    {
        var extraction = TestArticles.Extract("Recordings of 80 internal TikTok US meetings leaked.");

        Assert.NotNull(extraction.Named("TikTok"));
        Assert.NotNull(extraction.Named("US"));
        Assert.Null(extraction.Named("TikTok US"));
    }

    [Fact]
    public void Extract_IgnoresHeadlineStyleLine()
    {
        var extraction = TestArticles.Extract("Zoe Hart said the plan works.", "Post a Comment");

        Assert.Null(extraction.Named("Post"));
        Assert.Null(extraction.Named("Comment"));
        Assert.Null(extraction.Named("Post a Comment"));
    }
}
