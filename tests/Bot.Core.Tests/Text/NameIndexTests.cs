using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;
using Bot.Core.Tests.Articles;
using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class NameIndexTests
{
    private static readonly Entity[] People =
    [
        new("Elizabeth Kanter", EntityKind.Person, ["Kantor"], [], []),
        new("Zhao Lijian", EntityKind.Person, [], [], []),
        new("Erich Andersen", EntityKind.Person, [], [], []),
        new("a TikTok spokesperson", EntityKind.Person, [], [], [], Generic: true),
        new("Trafalgar Group", EntityKind.Organization, [], [], []),
    ];

    [Theory]
    [InlineData("Zhao Lijian", "Zhao Lijian")]
    [InlineData("zhao", "Zhao Lijian")]
    [InlineData("Zhao Lijan", "Zhao Lijian")]
    [InlineData("Kantor", "Elizabeth Kanter")]
    [InlineData("Kanter's", "Elizabeth Kanter")]
    [InlineData("the TikTok spokesperson", "a TikTok spokesperson")]
    [InlineData("Trafalgar", "Trafalgar Group")]
    [InlineData("Sunak", null)]
    [InlineData("", null)]
    public void FindBest_MatchesTheWrittenName(string query, string? expected)
    {
        var index = new NameIndex(People);

        Assert.Equal(expected, index.FindBest(query)?.Entity.Name);
    }

    [Fact]
    public void FindBest_AgreesWithScoringEveryName_OnRealArticlesAndMisspeltQueries()
    {
        var texts = Directory.EnumerateFiles(ArticleFiles.TempEvalTextDirectory, "*.txt").Order(StringComparer.Ordinal).Take(8).Select(File.ReadAllText);
        var random = new Random(7);
        foreach (var text in texts)
        {
            var entities = EntityExtractor.Extract(ArticleLoader.Parse(text, "article.txt")).Entities;
            var index = new NameIndex(entities);
            var queries = entities.SelectMany(e => e.Aliases.Append(e.Name)).SelectMany(n => new[] { n, Misspell(n, random), n.Split(' ')[^1], n.ToUpperInvariant() + "'s" });
            foreach (var query in queries)
            {
                Assert.Equal(NameMatcher.FindBest(query, entities), index.FindBest(query)?.Entity);
            }
        }
    }

    private static string Misspell(string name, Random random)
    {
        if (name.Length < 3)
        {
            return name;
        }

        var i = random.Next(name.Length - 1);
        return random.Next(3) switch
        {
            0 => name.Remove(i, 1),
            1 => name.Insert(i, "e"),
            _ => name[..i] + name[i + 1] + name[i] + name[(i + 2)..],
        };
    }
}
