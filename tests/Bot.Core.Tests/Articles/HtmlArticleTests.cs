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

    [Fact]
    public void Parse_DecodesEntitiesAndLineBreaksAndPointsAtTheSentenceStart()
    {
        var content = "<!doctype html><html><head><title>Storm Hits Coast | Coast News</title></head><body><header><h1>Coast News</h1><nav>Home</nav></header>"
            + "<main><h1>Storm Hits Coast</h1><p>Fish &amp; chips shops closed.<br>Roads were shut.</p></main></body></html>";

        var article = ArticleLoader.Parse(content, "storm.html");

        Assert.Equal(["Storm Hits Coast", "Fish & chips shops closed. Roads were shut."], article.Blocks.Select(b => b.Text));
        Assert.Equal(["Fish & chips shops closed.", "Roads were shut."], article.Sentences.Select(s => s.Text));
        Assert.Equal(content.IndexOf("Fish", StringComparison.Ordinal), article.Sentences[0].Start);
        Assert.Equal(content.IndexOf("Roads", StringComparison.Ordinal), article.Sentences[1].Start);
    }

    [Fact]
    public void Parse_IgnoresUnreadablePageDateAndFallsBackToTimeElement()
    {
        var article = ArticleLoader.Parse(
            "<html><head><meta property=\"article:published_time\" content=\"yesterday\"></head><body><p>The storm hit.</p></body></html>",
            "a.html");
        var timed = ArticleLoader.Parse(
            "<html><body><article><time datetime=\"2021-09-01T08:00:00Z\">1 Sept</time><p>The storm hit.</p></article></body></html>",
            "b.html");

        Assert.Null(article.Metadata.Published);
        Assert.Equal(new DateOnly(2021, 9, 1), timed.Metadata.Published);
    }

    [Fact]
    public void Parse_KeepsLinksInsideParagraphsWhateverTheirClass()
    {
        var article = ArticleLoader.Parse(
            "<html><body><article><p>The mayor wrote on <a class=\"social-link\" href=\"#\">Twitter</a> that roads were shut.<script>track()</script></p></article></body></html>",
            "c.html");

        Assert.Equal("The mayor wrote on Twitter that roads were shut.", Assert.Single(article.Sentences).Text);
    }

    [Fact]
    public void Parse_ReadsTheArticleWithTheMostTextWhenThePageListsTeasers()
    {
        var article = ArticleLoader.Parse(
            "<!doctype html><body><article><h2>Other Story</h2><p>Teaser.</p></article>"
            + "<article><h1>Storm Hits Coast</h1><p>The storm hit on Monday and closed every road along the coast.</p></article></body>",
            "d.html");

        Assert.Equal("Storm Hits Coast", article.Title);
        Assert.Equal("The storm hit on Monday and closed every road along the coast.", Assert.Single(article.Sentences).Text);
    }
}
