using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Entities;

public class SeedArticleEntityTests
{
    private static readonly Lazy<(ArticleDocument Article, EntityExtraction Extraction)> Seed = new(() =>
    {
        var article = ArticleLoader.Load(Path.Combine(TestArticles.RepoRoot(), "seeds", "bloomberg-tiktok-invisible-accounts.txt"));
        return (article, EntityExtractor.Extract(article));
    });

    private static EntityExtraction Extraction => Seed.Value.Extraction;

    [Theory]
    [InlineData("Zhao Lijian", EntityKind.Person)]
    [InlineData("Elizabeth Kanter", EntityKind.Person)]
    [InlineData("Erich Andersen", EntityKind.Person)]
    [InlineData("Truss", EntityKind.Person)]
    [InlineData("Sunak", EntityKind.Person)]
    [InlineData("TikTok", EntityKind.Organization)]
    [InlineData("ByteDance", EntityKind.Organization)]
    [InlineData("Bloomberg", EntityKind.Organization)]
    [InlineData("BuzzFeed", EntityKind.Organization)]
    [InlineData("Trafalgar Group", EntityKind.Organization)]
    [InlineData("Convention of States Action", EntityKind.Organization)]
    [InlineData("Chinese Foreign Ministry", EntityKind.Organization)]
    [InlineData("China", EntityKind.Place)]
    [InlineData("UK", EntityKind.Place)]
    [InlineData("US", EntityKind.Place)]
    [InlineData("Singapore", EntityKind.Place)]
    [InlineData("Beijing", EntityKind.Place)]
    [InlineData("Israel", EntityKind.Place)]
    [InlineData("Ireland", EntityKind.Place)]
    [InlineData("Americans", EntityKind.Group)]
    public void Seed_GivesKind(string name, EntityKind kind) =>
        Assert.Equal(kind, Extraction.Require(name).Kind);

    [Theory]
    [InlineData("Elizabeth Kanter", "TikTok's head of government relations in the UK, Ireland, the Netherlands, and Israel")]
    [InlineData("Erich Andersen", "TikTok's global general counsel in the US")]
    [InlineData("Zhao Lijian", "Chinese Foreign Ministry spokesman")]
    [InlineData("Truss", "British Foreign Secretary")]
    [InlineData("ByteDance", "Beijing-based technology company")]
    [InlineData("Bloomberg", "US financial media outlet")]
    [InlineData("BuzzFeed", "US news website")]
    [InlineData("TikTok", "the international version of Chinese Douyin")]
    [InlineData("TikTok", "a short video-sharing app developed by Beijing-based technology company ByteDance")]
    public void Seed_GivesRole(string name, string description) =>
        Assert.Contains(description, Extraction.Require(name).Descriptions);

    [Fact]
    public void Seed_JoinsKantorToElizabethKanterAndFlagsTheSpelling()
    {
        var kanter = Extraction.Require("Elizabeth Kanter");
        Assert.Contains("Kantor", kanter.Aliases);
        Assert.Same(kanter, Extraction.Require("Kantor"));

        var article = Seed.Value.Article;
        var first = article.Sentences.First(s => s.Text.Contains("Elizabeth Kanter", StringComparison.Ordinal));
        var variant = article.Sentences.First(s => s.Text.Contains("Kantor", StringComparison.Ordinal));
        var inconsistency = Assert.Single(Extraction.Inconsistencies);
        Assert.Equal(
            $"The article spells Kanter's name two ways: \"Kanter\" (paragraph {first.Paragraph}) and \"Kantor\" (paragraph {variant.Paragraph}).",
            inconsistency.Description);
        Assert.Equal([Citation.Of(first), Citation.Of(variant)], inconsistency.Citations);
    }

    [Theory]
    [InlineData("a TikTok spokesperson", EntityKind.Person)]
    [InlineData("several TikTok employees", EntityKind.Group)]
    [InlineData("a Chinese government agency", EntityKind.Organization)]
    [InlineData("engineers in mainland China", EntityKind.Group)]
    public void Seed_FindsGenericSpeaker(string phrase, EntityKind kind)
    {
        var entity = Extraction.Generic(phrase);

        Assert.NotNull(entity);
        Assert.Equal(kind, entity.Kind);
        Assert.True(entity.Citations.Count >= 1);
    }

    [Fact]
    public void Seed_CitesEveryMentionOfTheSpokesperson() =>
        Assert.Equal(2, Extraction.Generic("a TikTok spokesperson")!.Citations.Count);

    [Theory]
    [InlineData("Post a Comment")]
    [InlineData("Post")]
    [InlineData("Comment")]
    [InlineData("Smartphone")]
    [InlineData("App")]
    [InlineData("Interested")]
    [InlineData("Technology")]
    [InlineData("Foreign Secretary")]
    public void Seed_HasNoEntityFromCaptionHeadingOrBoilerplateWords(string name) =>
        Assert.Null(Extraction.Named(name));

    [Fact]
    public void Seed_CitesOnlyExactSentencesOfTheArticle()
    {
        var sentences = Seed.Value.Article.Sentences.Select(Citation.Of).ToHashSet();

        Assert.All(Extraction.Entities.SelectMany(e => e.Citations), c => Assert.Contains(c, sentences));
        Assert.All(Extraction.Entities, e => Assert.NotEmpty(e.Citations));
    }

    [Fact]
    public void Seed_NamesEachEntityOnce()
    {
        var names = Extraction.Entities.Select(e => (e.Generic, e.Name.ToUpperInvariant())).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
