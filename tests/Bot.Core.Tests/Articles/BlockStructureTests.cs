using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class BlockStructureTests
{
    [Fact]
    public void Parse_FindsTitleHeadingsAndParagraphs()
    {
        var article = ArticleLoader.Parse(
            "Storm Hits Coast\n\nThe storm hit on Monday.\n\nRoads Closed Across The Region\n\nOfficials said repairs would take weeks.\n\nA sentence-case line without a period\n",
            "storm.txt");

        Assert.Equal(
            [BlockKind.Title, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph, BlockKind.Paragraph],
            article.Blocks.Select(b => b.Kind));
        Assert.Equal([1, 2, 3, 4], article.Paragraphs.Select(p => p.Paragraph!.Value));
    }

    [Fact]
    public void Parse_KeepsOpeningSentenceCitableWhenThereIsNoHeadline()
    {
        var article = ArticleLoader.Parse("\n\nThe flu season is winding down, and it has killed 105 children so far.\n\nThe season started early.\n", "flu.txt");

        Assert.All(article.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal("flu", article.Title);
    }

    [Theory]
    [InlineData("Kanter Said The Plan Was Good")]
    [InlineData("Officials said the storm would pass")]
    public void Parse_CitesALoneBlockInsteadOfMakingItTheTitle(string text)
    {
        var article = ArticleLoader.Parse(text, "short.txt");

        Assert.Equal(text, Assert.Single(article.Sentences).Text);
    }

    [Fact]
    public void Parse_TakesFirstBlockAsTitleWhenItMatchesFrontMatterTitle()
    {
        var content = "---\ntitle: Storm hits the coast\n---\nStorm Hits The Coast!\n\nThe storm hit on Monday.\n";

        var article = ArticleLoader.Parse(content, "storm.txt");

        Assert.Equal("Storm hits the coast", article.Title);
        Assert.Equal([BlockKind.Title, BlockKind.Paragraph], article.Blocks.Select(b => b.Kind));
        var sentence = Assert.Single(article.Sentences);
        Assert.Equal(content.IndexOf("The storm", StringComparison.Ordinal), sentence.Start);
    }

    [Fact]
    public void Parse_ClassifiesFirstBlockNormallyWhenFrontMatterTitleDiffers()
    {
        var article = ArticleLoader.Parse("---\ntitle: Storm hits the coast\n---\nThe storm hit on Monday.\n\nRoads were closed.\n", "storm.txt");

        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph], article.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Parse_TreatsRepeatedShortLinesInSeparateBlocksAsCaptions()
    {
        var article = ArticleLoader.Parse(
            "Storm Hits Coast\n\nThe storm hit on Monday and flooded the harbour.\n\nFlooded harbour at dawn.\n\nFLOODED HARBOUR AT DAWN.\n\nRoads were closed.\n",
            "storm.txt");

        Assert.Equal(
            [BlockKind.Title, BlockKind.Paragraph, BlockKind.Caption, BlockKind.Caption, BlockKind.Paragraph],
            article.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Parse_TreatsShortLinesAfterParagraphAsCaptionInOneLineParagraphText()
    {
        var article = ArticleLoader.Parse(
            "Storm Hits Coast\n\nThe storm hit on Monday and flooded the harbour, officials said.\n\nFirefighters at the scene\nThe burned warehouse on Dock Street\n\nRoads were closed.\n",
            "storm.txt");

        Assert.Equal(BlockKind.Caption, article.Blocks[2].Kind);
    }

    [Fact]
    public void Parse_KeepsShortLinesAsParagraphInHardWrappedText()
    {
        var article = ArticleLoader.Parse(
            "Storm Hits Coast\n\nThe storm hit on Monday and flooded the harbour, officials said on\nTuesday after a night of heavy rain along the whole of the coast.\n\nFirefighters were at the scene.\nThe warehouse burned down.\n",
            "storm.txt");

        Assert.Equal(BlockKind.Paragraph, article.Blocks[2].Kind);
        Assert.Equal(2, article.Blocks[2].Sentences.Count);
    }

    [Fact]
    public void Parse_SkipsLeadingBoilerplateBeforeTheTitle()
    {
        var article = ArticleLoader.Parse("Advertisement\n\nStorm Hits Coast\n\nThe storm hit on Monday.\n\nShare this\n", "storm.txt");

        Assert.Equal(
            [BlockKind.Boilerplate, BlockKind.Title, BlockKind.Paragraph, BlockKind.Boilerplate],
            article.Blocks.Select(b => b.Kind));
        Assert.Equal("Storm Hits Coast", article.Title);
    }

    [Theory]
    [InlineData("\"(CROSSTALK.)")]
    [InlineData("'All Bets Are Off.'")]
    [InlineData("the storm continues")]
    [InlineData("Officials Say The Storm Will Continue Through The Weekend And Into Next Week Too")]
    public void Parse_DoesNotTakeQuotesOrLongLinesForHeadings(string line)
    {
        var article = ArticleLoader.Parse($"Storm Hits Coast\n\nThe storm hit on Monday.\n\n{line}\n\nRoads were closed.\n", "storm.txt");

        Assert.Equal(BlockKind.Paragraph, article.Blocks[2].Kind);
    }
}
