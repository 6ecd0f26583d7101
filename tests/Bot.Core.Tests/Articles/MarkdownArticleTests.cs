using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class MarkdownArticleTests
{
    private static readonly string Path = ArticleFiles.Fixture("harbour-bridge.md");
    private static readonly string Content = File.ReadAllText(Path);
    private static readonly ArticleDocument Article = ArticleLoader.Load(Path);

    [Fact]
    public void Load_ReadsFrontMatterIntoMetadata()
    {
        Assert.Equal(
            new ArticleMetadata("City Council Approves New Harbour Bridge", "The Riverside Gazette", "https://example.org/news/harbour-bridge", "Jane Doe", new DateOnly(2024, 3, 5)),
            Article.Metadata);
        Assert.Equal("City Council Approves New Harbour Bridge", Article.Title);
    }

    [Theory]
    [InlineData("story.md")]
    [InlineData("story.txt")]
    public void Parse_FirstParagraphRepeatingTheFrontMatterTitle_IsTheTitleNotParagraphOne(string fileName)
    {
        const string text = "---\ntitle: \"Storm Closes Coastal Roads\"\n---\nStorm Closes Coastal Roads\n\nHeavy rain closed three roads on Monday, officials said.\n";

        var article = ArticleLoader.Parse(text, fileName);

        Assert.Equal(BlockKind.Title, article.Blocks[0].Kind);
        Assert.Equal("Heavy rain closed three roads on Monday, officials said.", article.FindSentence(1, 1)?.Text);
    }

    [Fact]
    public void Parse_FirstParagraphUnlikeTheFrontMatterTitle_StaysCitable()
    {
        const string text = "---\ntitle: \"Storm Closes Coastal Roads\"\n---\nHeavy rain closed three roads on Monday.\n\nOfficials said more closures were likely.\n";

        var article = ArticleLoader.Parse(text, "story.md");

        Assert.Equal("Heavy rain closed three roads on Monday.", article.FindSentence(1, 1)?.Text);
    }

    [Fact]
    public void Load_FindsTitleHeadingsCaptionAndBoilerplate()
    {
        Assert.Equal(
            [
                (BlockKind.Title, "City Council Approves New Harbour Bridge"),
                (BlockKind.Paragraph, "The city council voted 7-2 on Tuesday to approve a $1.2 billion bridge across the harbour. Mayor Ann Lee said the vote was \"a turning point for the region.\" Construction is due to start in Jan. 2025."),
                (BlockKind.Caption, "Workers survey the harbour\nAn artist's impression of the planned bridge."),
                (BlockKind.Heading, "Opposition From Residents"),
                (BlockKind.Paragraph, "Residents of the old town oppose the plan. Dr. Paul Brown, who leads the residents' group, said the bridge would bring 3.5 percent more traffic to the area."),
                (BlockKind.Paragraph, "\"We were never asked,\" said Mr. Brown. The group will appeal."),
                (BlockKind.Heading, "What Happens Next"),
                (BlockKind.Paragraph, "The council expects the first contracts to be signed by the end of the year, according to a statement released by the U.S. engineering firm Tidewater Inc. on Wednesday."),
                (BlockKind.Boilerplate, "Share this article"),
                (BlockKind.Boilerplate, "Comments"),
                (BlockKind.Boilerplate, "Leave a comment"),
            ],
            Article.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Load_CitesVerbatimSourceTextIncludingInlineMarkup()
    {
        Assert.Equal(
            [
                "The city council voted 7-2 on Tuesday to approve a **$1.2 billion** bridge across the harbour.",
                "Mayor Ann Lee said the vote was \"a turning point for the region.\"",
                "Construction is due to start in Jan. 2025.",
            ],
            Article.Paragraphs[0].Sentences.Select(s => s.Text));
        Assert.All(Article.Sentences, s => Assert.Equal(s.Text, Content.Substring(s.Start, s.Text.Length)));
    }

    [Fact]
    public void Load_NeverCitesScriptsNavigationOrCaptions()
    {
        Assert.DoesNotContain(Article.Sentences, s => s.Text.Contains("analytics", StringComparison.Ordinal)
            || s.Text.Contains("Home", StringComparison.Ordinal)
            || s.Text.Contains("artist's impression", StringComparison.Ordinal));
        Assert.Equal(6, Article.Paragraphs.Count);
    }

    [Fact]
    public void Parse_TreatsFirstLevelOneHeadingAsTitleWithoutFrontMatter()
    {
        var article = ArticleLoader.Parse("# Storm Hits Coast\n\nThe storm hit on Monday.\n\n# Aftermath\n\nRoads were closed.\n", "storm.md");

        Assert.Equal("Storm Hits Coast", article.Title);
        Assert.Equal([BlockKind.Title, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph], article.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Parse_KeepsOffsetsWithWindowsLineEndings()
    {
        var content = "---\r\ntitle: Storm\r\n---\r\n\r\n## Damage Report\r\n\r\nThe storm hit on Monday.\r\nRoads were closed.\r\n";

        var article = ArticleLoader.Parse(content, "storm.markdown");

        Assert.Equal(["Damage Report", "The storm hit on Monday.", "Roads were closed."], article.Sentences.Select(s => s.Text));
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, content.Substring(s.Start, s.Text.Length)));
    }

    [Fact]
    public void Parse_ReadsSetextHeadingsAndListItems()
    {
        var content = "Storm Hits Coast\n================\n\nDamage Report\n-------------\n\n- Roads were closed.\n- Schools shut early.\n\n```\ncode is not text\n```\n";

        var article = ArticleLoader.Parse(content, "storm.md");

        Assert.Equal(
            [(BlockKind.Title, "Storm Hits Coast"), (BlockKind.Heading, "Damage Report"), (BlockKind.Paragraph, "Roads were closed."), (BlockKind.Paragraph, "Schools shut early.")],
            article.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, content.Substring(s.Start, s.Text.Length)));
    }
}
