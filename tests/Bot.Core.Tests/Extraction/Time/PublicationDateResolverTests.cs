using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Time;

public sealed class PublicationDateResolverTests
{
    [Fact]
    public void Resolve_PrefersMetadata()
    {
        var article = ArticleLoader.Parse("Title\n\nThe report came out on Friday (July 29) after 2021.", "test.txt") with
        {
            Metadata = new ArticleMetadata(Published: new DateOnly(2021, 5, 4)),
        };

        var published = PublicationDateResolver.Resolve(article);

        Assert.Equal(("2021-05-04", DateStatus.Stated), (published.Date?.ToString(), published.Status));
    }

    [Theory]
    [InlineData("The report came out on Friday (July 29).\n\nThe firm grew in 2020 and 2021 and expects more in 2022.", "2022-07-29")]
    [InlineData("Officials met on Monday, March 4.\n\nThe plan dates from 2018.", "2019-03-04")]
    [InlineData("The vote was on Wednesday (July 29).\n\nThe law changed in 2015 and again in 2020.", "2020-07-29")]
    [InlineData("The law took effect on March 3, 2021.\n\nIt was amended on June 5, 2021, and again in 2019.", "2021-06-05")]
    [InlineData("The report came out on Friday (July 29).\n\nNothing else is dated, but it cites a paper of May 2, 2016.", "2016-07-29")]
    public void Resolve_InfersTheDateFromTheText(string body, string expected)
    {
        var published = PublicationDateResolver.Resolve(ArticleLoader.Parse("Title\n\n" + body, "test.txt"));

        Assert.Equal((expected, DateStatus.Inferred), (published.Date?.ToString(), published.Status));
    }

    [Fact]
    public void Resolve_ExplainsTheWeekdayReasoning()
    {
        var article = ArticleLoader.Parse("Title\n\nThe report came out on Friday (July 29).\n\nThe firm grew in 2020, 2021 and 2022.", "test.txt");

        var published = PublicationDateResolver.Resolve(article);

        Assert.Equal(
            "The article says \"Friday (July 29)\" and mentions 2020, 2021 and 2022; July 29 fell on a Friday in 2022, so it was published on or just after 2022-07-29.",
            published.Reasoning);
    }

    [Fact]
    public void Resolve_ExplainsTheLatestDateReasoning()
    {
        var published = PublicationDateResolver.Resolve(ArticleLoader.Parse("Title\n\nThe law took effect on March 3, 2021.", "test.txt"));

        Assert.Contains("on or after", published.Reasoning, StringComparison.Ordinal);
        Assert.Contains("March 3, 2021", published.Reasoning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nothing here is dated.")]
    [InlineData("The report came out on Friday (July 29), but no year is given.")]
    public void Resolve_LeavesTheDateOpenWithoutClues(string body)
    {
        var published = PublicationDateResolver.Resolve(ArticleLoader.Parse("Title\n\n" + body, "test.txt"));

        Assert.Null(published.Date);
        Assert.Equal(DateStatus.Unresolved, published.Status);
        Assert.Contains("Nothing in the article points to a publication date", published.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Seed_ReasonsFromFridayJuly29AndTheYearsMentioned()
    {
        var published = PublicationDateResolver.Resolve(ArticleLoader.Load(TestPaths.Seed));

        Assert.Equal(("2022-07-29", DateStatus.Inferred), (published.Date?.ToString(), published.Status));
        Assert.Equal(
            "The article says \"Friday (July 29)\" and mentions 2020, 2021 and 2022; July 29 fell on a Friday in 2022, so it was published on or just after 2022-07-29.",
            published.Reasoning);
    }
}
