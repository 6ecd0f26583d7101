using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;
using Bot.Core.Tests.Answering;
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

    [Theory]
    [InlineData("Zhao Lijian", "Zhao Lijian")]
    [InlineData("zhao lijan", "Zhao Lijian")]
    [InlineData("Kantor", "Elizabeth Kanter")]
    [InlineData("Truss's", "Truss")]
    [InlineData("buzzfeed", "BuzzFeed")]
    [InlineData("Mark Zuckerberg", null)]
    public void FindBest_OnTheSeed_ToleratesCaseTyposSurnamesAndPossessives(string written, string? expected)
    {
        var index = new NameIndex(TestArticles.Seed.Entities);

        Assert.Equal(expected, index.FindBest(written)?.Entity.Name);
    }

    [Theory]
    [InlineData("Zhao Lijian")]
    [InlineData("zhao")]
    [InlineData("Zhao Lijan")]
    [InlineData("Lijian")]
    [InlineData("Kantor")]
    [InlineData("Elizabeth Kantor")]
    [InlineData("the TikTok spokesperson")]
    [InlineData("spokesperson")]
    [InlineData("TikTok's")]
    [InlineData("Tik Tok")]
    [InlineData("BuzzFeed")]
    [InlineData("Buzfeed")]
    [InlineData("the survey")]
    [InlineData("Truss's prime ministerial rival")]
    [InlineData("the CEO of ByteDance")]
    [InlineData("Xi Jinping")]
    [InlineData("US")]
    [InlineData("")]
    public void FindBest_AgreesWithScoringEveryName_AtTheAnswerersThresholds(string query)
    {
        var entities = TestArticles.Seed.Entities;
        var index = new NameIndex(entities);

        foreach (var threshold in new[] { 0.44, 0.5, 0.8, 0.85 })
        {
            Assert.Equal(NameMatcher.FindBest(query, entities, threshold), index.FindBest(query, threshold)?.Entity);
        }
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
