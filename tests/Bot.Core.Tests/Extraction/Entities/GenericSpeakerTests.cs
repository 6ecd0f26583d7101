using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Entities;

public class GenericSpeakerTests
{
    [Theory]
    [InlineData("A TikTok spokesperson downplayed the matter.", "a TikTok spokesperson", EntityKind.Person)]
    [InlineData("The recordings show that several TikTok employees spoke out.", "several TikTok employees", EntityKind.Group)]
    [InlineData("The report was that a Chinese government agency was interested.", "a Chinese government agency", EntityKind.Organization)]
    [InlineData("It said U.S. employees cannot control the data.", "U.S. employees", EntityKind.Group)]
    [InlineData("Several top executives in Acme's government relations team discussed it.", "several top executives in Acme's government relations team", EntityKind.Group)]
    [InlineData("They said engineers in mainland China had access.", "engineers in mainland China", EntityKind.Group)]
    [InlineData("Opponents made up less than 20 percent.", "opponents", EntityKind.Group)]
    [InlineData("The data cannot be accessed by Chinese officials.", "Chinese officials", EntityKind.Group)]
    [InlineData("I want to exhort individual legislators in the UK not to talk.", "individual legislators in the UK", EntityKind.Group)]
    [InlineData("The Chinese government is suspected of collecting data.", "the Chinese government", EntityKind.Organization)]
    public void Extract_FindsGenericSpeaker(string sentence, string phrase, EntityKind kind)
    {
        var entity = TestArticles.Extract(sentence).Generic(phrase);

        Assert.NotNull(entity);
        Assert.Equal(phrase, entity.Name);
        Assert.Equal(kind, entity.Kind);
        Assert.True(entity.Generic);
    }

    [Theory]
    [InlineData("It was criticized by Chinese Foreign Ministry spokesman Zhao Lijian.")]
    [InlineData("\"This is not a Lehman,\" said Stephen Jen, a former economist at the fund.")]
    [InlineData("Eric Dor is a French economist.")]
    [InlineData("The bank released an analysts' note on Monday.")]
    [InlineData("She thanked her employees for their work.")]
    [InlineData("Chinese government influence grew quickly.")]
    public void Extract_FindsNoGenericSpeakerInTitleOrDescription(string sentence) =>
        Assert.DoesNotContain(TestArticles.Extract(sentence).Entities, e => e.Generic);

    [Fact]
    public void Extract_MergesSameGenericPhraseIgnoringArticle()
    {
        var extraction = TestArticles.Extract("A TikTok spokesperson declined to comment.", "Later, a TikTok spokesperson said more.");

        var entity = Assert.Single(extraction.Entities, e => e.Generic);
        Assert.Equal("a TikTok spokesperson", entity.Name);
        Assert.Equal([1, 2], entity.Citations.Select(c => c.Paragraph));
    }
}
