using System.Text;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class ArticleLoadErrorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("article-errors-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("empty.txt", "", "file is empty")]
    [InlineData("blank.txt", "  \n\n\t \r\n", "file is empty")]
    [InlineData("unclosed.md", "---\ntitle: A\n\nBody text here.\n", "front matter is not closed")]
    [InlineData("invalid.txt", "---\ntitle: [unclosed\nauthor: x\n---\n\nBody text here.\n", "front matter is not valid YAML")]
    [InlineData("list.txt", "---\n- a\n- b\n---\n\nBody text here.\n", "front matter must be a YAML mapping")]
    [InlineData("date.txt", "---\npublished: someday soon\n---\n\nBody text here.\n", "front matter 'published' is not a date")]
    [InlineData("only-front-matter.md", "---\ntitle: A\n---\n", "front matter but no article text")]
    [InlineData("furniture.txt", "A Headline Alone\n\nPost a Comment\n\nShare this\n", "no citable paragraph")]
    [InlineData("empty-page.html", "<!doctype html><html><body><nav><p>Home</p></nav><script>x()</script></body></html>", "no citable paragraph")]
    public void Load_ReportsBadContentInOneLineNamingTheFile(string name, string content, string problem)
    {
        var path = Write(name, Encoding.UTF8.GetBytes(content));

        AssertOneLineError(path, problem);
    }

    [Fact]
    public void Load_ReportsMissingFile() => AssertOneLineError(Path.Combine(_directory, "missing.txt"), "file not found");

    [Fact]
    public void Load_ReportsDirectoryInsteadOfFile() => AssertOneLineError(_directory, "is a directory");

    [Fact]
    public void Load_ReportsBinaryFileWithNulBytes() =>
        AssertOneLineError(Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]), "binary");

    [Fact]
    public void Load_ReportsInvalidUtf8() =>
        AssertOneLineError(Write("latin1.txt", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" ouvert.\n")]), "not valid UTF-8");

    [Fact]
    public void Load_ReportsFileOverFiveMegabytes()
    {
        var path = Path.Combine(_directory, "huge.txt");
        File.WriteAllText(path, new string('a', (5 * 1024 * 1024) + 1));

        AssertOneLineError(path, "too large");
    }

    [Fact]
    public void Load_AcceptsFileOfExactlyFiveMegabytes()
    {
        var sentence = "The council met on Tuesday. ";
        var text = string.Concat(Enumerable.Repeat(sentence, (5 * 1024 * 1024) / sentence.Length));
        var path = Path.Combine(_directory, "big.txt");
        File.WriteAllText(path, text.PadRight(5 * 1024 * 1024, '.'));

        var article = ArticleLoader.Load(path);

        Assert.NotEmpty(article.Sentences);
    }

    [Fact]
    public void Load_ReadsUtf16WithByteOrderMark()
    {
        var path = Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Headline Here\n\nThe council met on Tuesday.\n")]);

        var article = ArticleLoader.Load(path);

        Assert.Equal("Headline Here", article.Title);
        Assert.Equal("The council met on Tuesday.", Assert.Single(article.Sentences).Text);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertOneLineError(string path, string problem)
    {
        var error = Assert.Throws<ArticleLoadException>(() => ArticleLoader.Load(path));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
    }
}
