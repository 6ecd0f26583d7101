using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class SeedArticleTests
{
    private static readonly string Content = File.ReadAllText(ArticleFiles.Seed);
    private static readonly ArticleDocument Article = ArticleLoader.Load(ArticleFiles.Seed);

    [Fact]
    public void Load_TakesTitleFromFirstBlock()
    {
        Assert.Equal("Bloomberg: Chinese Government Agencies Request Invisible TikTok", Article.Title);
        Assert.Equal(BlockKind.Title, Article.Blocks[0].Kind);
        Assert.Null(Article.Blocks[0].Paragraph);
    }

    [Fact]
    public void Load_MarksTheTwoPictureLinesAsOneCaption()
    {
        var caption = Assert.Single(Article.Blocks, b => b.Kind == BlockKind.Caption);

        Assert.Equal("TikTok app on smartphone.\nTikTok App On THE Smartphone.", caption.Text);
        Assert.Empty(caption.Sentences);
        Assert.Null(caption.Paragraph);
    }

    [Fact]
    public void Load_MarksPostACommentAsBoilerplate()
    {
        var last = Article.Blocks[^1];

        Assert.Equal("Post a Comment", last.Text);
        Assert.Equal(BlockKind.Boilerplate, last.Kind);
        Assert.DoesNotContain(Article.Sentences, s => s.Text.Contains("Comment", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Interested In Setting Up An Account On TikTok")]
    [InlineData("British Foreign Secretary Truss")]
    [InlineData("TikTok\u00a0US Users' in\u00a0China,\u00a0United States, And\u00a0Singapore")]
    public void Load_RecognisesSubheadingsAsCitableHeadings(string heading)
    {
        var block = Assert.Single(Article.Blocks, b => b.Text == heading);

        Assert.Equal(BlockKind.Heading, block.Kind);
        Assert.NotNull(block.Paragraph);
        Assert.Equal(heading, Assert.Single(block.Sentences).Text);
    }

    [Fact]
    public void Load_NumbersCitableBlocksInReadingOrder()
    {
        Assert.Equal(Enumerable.Range(1, Article.Paragraphs.Count), Article.Paragraphs.Select(p => p.Paragraph!.Value));
        Assert.Equal(19, Article.Paragraphs.Count);
        Assert.All(Article.Paragraphs, p => Assert.Equal(Enumerable.Range(1, p.Sentences.Count), p.Sentences.Select(s => s.Number)));
        Assert.All(Article.Paragraphs, p => Assert.All(p.Sentences, s => Assert.Equal(p.Paragraph, s.Paragraph)));
    }

    [Fact]
    public void Load_EverySentenceIsTheFileTextAtItsOffset()
    {
        Assert.NotEmpty(Article.Sentences);
        Assert.All(Article.Sentences, s => Assert.Equal(s.Text, Content.Substring(s.Start, s.Text.Length)));
        Assert.All(Article.Blocks, b => Assert.Equal(b.Text, Content.Substring(b.Start, b.Text.Length)));
    }

    [Fact]
    public void Load_SplitsTheQuoteParagraphAtItsSentences()
    {
        var zhao = Article.Paragraphs.Single(p => p.Text.StartsWith("Truss's remarks", StringComparison.Ordinal));

        Assert.Equal(
            [
                "Truss's remarks were criticized by Chinese Foreign Ministry spokesman Zhao Lijian.",
                "Zhao Lijian said at a customary public interview: \"I might want to exhort individual legislators in the UK not to discuss China with no obvious end goal in mind and advance the 'China danger hypothesis.",
                "Such irresponsible remarks cannot solve their own domestic problems.\"",
            ],
            zhao.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Load_KeepsUsAbbreviationInsideSentence()
    {
        var sentence = Assert.Single(Article.Sentences, s => s.Text.StartsWith("Several TikTok employees acknowledged", StringComparison.Ordinal));

        Assert.EndsWith("how to obtain that data.", sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GivesSameStructureWithWindowsLineEndingsAndByteOrderMark()
    {
        var content = "\uFEFF" + Content.ReplaceLineEndings("\r\n");

        var article = ArticleLoader.Parse(content, "seed.txt");

        Assert.Equal(Article.Blocks.Select(b => b.Kind), article.Blocks.Select(b => b.Kind));
        Assert.Equal(Article.Title, article.Title);
        Assert.Equal(Article.Sentences.Count, article.Sentences.Count);
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, content.Substring(s.Start, s.Text.Length)));
    }
}
