using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("2022-07-29", 2022, 7, 29)]
    [InlineData("2022-07-29T23:30:00+08:00", 2022, 7, 29)]
    [InlineData("2022-07-29 10:00", 2022, 7, 29)]
    [InlineData("\"July 29, 2022\"", 2022, 7, 29)]
    [InlineData("29 Jul 2022", 2022, 7, 29)]
    public void Parse_ReadsPublishedDate(string value, int year, int month, int day)
    {
        var article = ArticleLoader.Parse($"---\npublished: {value}\n---\n\nThe storm hit on Monday.\n", "storm.md");

        Assert.Equal(new DateOnly(year, month, day), article.Metadata.Published);
    }

    [Fact]
    public void Parse_ReadsAllKeysAndJoinsAuthorList()
    {
        var article = ArticleLoader.Parse(
            "---\r\ntitle: Storm\r\noutlet: Coast News\r\nurl: https://example.org/storm\r\nauthor:\r\n  - Ann Lee\r\n  - Bo Chan\r\ntags: [weather]\r\n...\r\nThe storm hit on Monday.\r\n",
            "storm.txt");

        Assert.Equal(new ArticleMetadata("Storm", "Coast News", "https://example.org/storm", "Ann Lee, Bo Chan"), article.Metadata);
        Assert.Equal("The storm hit on Monday.", Assert.Single(article.Sentences).Text);
    }

    [Fact]
    public void Parse_AcceptsEmptyFrontMatter()
    {
        var article = ArticleLoader.Parse("---\n---\nStorm Hits Coast\n\nThe storm hit on Monday.\n", "storm.txt");

        Assert.Equal(new ArticleMetadata(), article.Metadata);
        Assert.Equal("Storm Hits Coast", article.Title);
    }

    [Fact]
    public void Parse_TreatsDashesLaterInTheFileAsText()
    {
        var article = ArticleLoader.Parse("Storm Hits Coast\n\n---\n\nThe storm hit on Monday.\n", "storm.txt");

        Assert.Equal(BlockKind.Boilerplate, article.Blocks[1].Kind);
        Assert.Equal("The storm hit on Monday.", Assert.Single(article.Sentences).Text);
    }
}
