using System.Text;
using System.Text.Json;

namespace Bot.Host.Tests.Cli;

public sealed class FactsCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("articlebot-facts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task FactsJson_PrintsOneObjectWithEverySection()
    {
        var result = await CliRunner.RunAsync("facts", "--json", "--article", RepositoryPaths.Seed);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        foreach (var section in new[] { "entities", "statements", "timeline", "sources", "inconsistencies" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(section).ValueKind);
        }

        var article = root.GetProperty("article");
        Assert.Equal("Bloomberg: Chinese Government Agencies Request Invisible TikTok", article.GetProperty("title").GetString());
        Assert.True(article.GetProperty("paragraphs").GetInt32() > 10);
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("publishedReasoning").GetString()));
    }

    [Fact]
    public async Task Facts_WithoutJson_PrintsReadableSections()
    {
        var result = await CliRunner.RunAsync("facts", "--article", RepositoryPaths.Seed);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Bloomberg: Chinese Government Agencies Request Invisible TikTok", result.Output, StringComparison.Ordinal);
        Assert.Contains("Timeline (", result.Output, StringComparison.Ordinal);
        Assert.Contains("Sources (", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facts_MissingFile_ExitsTwoWithOneLineNamingTheFile()
    {
        var path = Path.Combine(folder, "missing.txt");

        var result = await CliRunner.RunAsync("facts", "--json", "--article", path);

        AssertOneLineError(result, path);
    }

    [Fact]
    public async Task Facts_EmptyFile_ExitsTwoWithOneLineNamingTheFile()
    {
        var path = Write("empty.txt", "   \n\n");

        var result = await CliRunner.RunAsync("facts", "--article", path);

        AssertOneLineError(result, path);
    }

    [Fact]
    public async Task Facts_BinaryFile_ExitsTwoWithOneLineNamingTheFile()
    {
        var path = Path.Combine(folder, "binary.txt");
        File.WriteAllBytes(path, [0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff, 0xfe]);

        var result = await CliRunner.RunAsync("facts", "--article", path);

        AssertOneLineError(result, path);
    }

    [Fact]
    public async Task Facts_OversizedFile_ExitsTwoWithOneLineNamingTheFile()
    {
        var path = Write("huge.txt", new string('a', (5 * 1024 * 1024) + 10));

        var result = await CliRunner.RunAsync("facts", "--article", path);

        AssertOneLineError(result, path);
    }

    [Fact]
    public async Task Facts_BrokenFrontMatter_ExitsTwoWithOneLineNamingTheFile()
    {
        var path = Write("broken.md", "---\ntitle: [unclosed\npublished: not a date\n---\n\nA paragraph that says something.\n");

        var result = await CliRunner.RunAsync("facts", "--article", path);

        AssertOneLineError(result, path);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    private static void AssertOneLineError(CliResult result, string path)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(path, lines[0], StringComparison.Ordinal);
    }
}
