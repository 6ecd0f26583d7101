using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class HtmlArticleTests
{
    private static readonly string Path = ArticleFiles.Fixture("harbour-bridge.html");
    private static readonly string Content = File.ReadAllText(Path);
    private static readonly ArticleDocument Article = ArticleLoader.Load(Path);

    [Fact]
    public void Load_ReadsOpenGraphAndMetaTags()
    {
        Assert.Equal(
            new ArticleMetadata("City Council Approves New Harbour Bridge", "The Riverside Gazette", "https://example.org/news/harbour-bridge", "Jane Doe", new DateOnly(2024, 3, 5)),
            Article.Metadata);
    }

    [Fact]
    public void Load_KeepsArticleBlocksAndDropsPageFurniture()
    {
        Assert.Equal(
            [
                (BlockKind.Title, "City Council Approves New Harbour Bridge"),
                (BlockKind.Paragraph, "The city council voted 7-2 on Tuesday to approve a $1.2 billion bridge across the harbour. Mayor Ann Lee said the vote was \"a turning point for the region.\" Construction is due to start in Jan. 2025."),
                (BlockKind.Caption, "An artist's impression of the planned bridge."),
                (BlockKind.Heading, "Opposition From Residents"),
                (BlockKind.Paragraph, "Residents of the old town oppose the plan. Dr. Paul Brown, who leads the residents' group, said the bridge would bring 3.5 percent more traffic to the area."),
                (BlockKind.Paragraph, "\"We were never asked,\" said Mr. Brown. The group will appeal."),
                (BlockKind.Heading, "What Happens Next"),
                (BlockKind.Paragraph, "The council expects the first contracts to be signed by the end of the year, according to a statement released by the U.S. engineering firm Tidewater Inc. on Wednesday."),
            ],
            Article.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Load_PointsSentencesAtTheirSourceText()
    {
        var verbatim = Article.Sentences.Where(s => !s.Text.Contains("more traffic", StringComparison.Ordinal)).ToList();

        Assert.Equal(10, Article.Sentences.Count);
        Assert.All(verbatim, s => Assert.Equal(s.Text, Content.Substring(s.Start, s.Text.Length)));
    }

    [Fact]
    public void Load_PointsSentenceWithInlineTagsAtItsFirstWords()
    {
        var sentence = Assert.Single(Article.Sentences, s => s.Text.Contains("more traffic", StringComparison.Ordinal));

        Assert.StartsWith("Dr. Paul Brown", Content[sentence.Start..], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SniffsHtmlInsideTextFileAndFallsBackToBody()
    {
        var article = ArticleLoader.Parse("<html><head><title>Storm</title></head><body><div class=\"ad-slot\"><p>Buy now.</p></div><p>The storm hit on Monday.</p></body></html>", "page.txt");

        Assert.Equal("Storm", article.Title);
        Assert.Equal("The storm hit on Monday.", Assert.Single(article.Sentences).Text);
    }
}
