using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class TempEvalArticlesTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ArticleFiles.TempEvalTextDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Directory_HoldsTheTwentyArticles() => Assert.Equal(20, Files().Count);

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_CitesEveryParagraphVerbatimAtItsOffset(string name)
    {
        var path = System.IO.Path.Combine(ArticleFiles.TempEvalTextDirectory, name);
        var content = File.ReadAllText(path);

        var article = ArticleLoader.Load(path);

        Assert.NotEmpty(article.Sentences);
        Assert.All(article.Sentences, s => Assert.Equal(s.Text, content.Substring(s.Start, s.Text.Length)));

        // These files are body text only: every block is a citable paragraph.
        Assert.All(article.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }
}
