using Bot.Core.Articles;
using Bot.Core.Extraction;

namespace Bot.Core.Tests.Extraction.Attribution;

public sealed class RobustnessTests
{
    public static TheoryData<string> OddBodies() => new()
    {
        string.Empty,
        "\"",
        "“”",
        "said",
        ", said.",
        "\"Unclosed quote said the man, and then said, said, said",
        "According to",
        "according to ,",
        ": \"",
        "SMITH:",
        "― Ana.",
        "He said: \"",
        "''",
        "The report was that",
        "quoted as saying",
        "was criticized by",
        new string('"', 200),
        string.Concat(Enumerable.Repeat("X said, ", 2000)),
        string.Concat(Enumerable.Repeat("“A,” he said. ", 500)),
    };

    [Theory]
    [MemberData(nameof(OddBodies))]
    public void Extract_NeverThrowsOnOddText(string body)
    {
        var article = ArticleLoader.Parse("Title\n\n" + body, "odd.txt");
        var statements = StatementExtractor.Extract(article, []);
        var sources = SourceExtractor.Extract(article, [], statements);
        Assert.All(statements, s => Assert.NotEmpty(s.Citations));
        Assert.All(sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
    }
}
