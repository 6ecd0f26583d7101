using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Entities;

/// <summary>Articles of other outlets and styles (TempEval-3 platinum texts: NYT, BBC).</summary>
public class EvalArticleEntityTests
{
    private static readonly Lazy<EntityExtraction> Cyprus = new(() =>
        Load("nyt_20130321_cyprus.txt", "For Euro Zone, a Cyprus Exit Would Have Little Impact"));

    private static readonly Lazy<EntityExtraction> Flotilla = new(() =>
        Load("bbc_20130322_1353.txt", "Israel PM apologies for Gaza flotilla deaths"));

    [Theory]
    [InlineData("Jeroen Dijsselbloem", EntityKind.Person)]
    [InlineData("Stephen Jen", EntityKind.Person)]
    [InlineData("Eric Dor", EntityKind.Person)]
    [InlineData("International Monetary Fund", EntityKind.Organization)]
    [InlineData("European Central Bank", EntityKind.Organization)]
    [InlineData("Lehman Brothers", EntityKind.Organization)]
    [InlineData("Ieseg School of Management", EntityKind.Organization)]
    [InlineData("Cyprus", EntityKind.Place)]
    [InlineData("Germany", EntityKind.Place)]
    [InlineData("Ireland", EntityKind.Place)]
    [InlineData("London", EntityKind.Place)]
    [InlineData("Lille", EntityKind.Place)]
    public void Cyprus_GivesKind(string name, EntityKind kind) =>
        Assert.Equal(kind, Cyprus.Value.Require(name).Kind);

    [Theory]
    [InlineData("Jeroen Dijsselbloem", "the president of the Eurogroup of finance ministers")]
    [InlineData("Stephen Jen", "a former economist at the International Monetary Fund who runs a hedge fund in London")]
    [InlineData("Eric Dor", "a French economist who has studied the mechanics of how a country might remove itself from the monetary union")]
    [InlineData("Eric Dor", "head of research at the Ieseg School of Management in Lille, France")]
    public void Cyprus_GivesRole(string name, string description) =>
        Assert.Contains(description, Cyprus.Value.Require(name).Descriptions);

    [Fact]
    public void Cyprus_JoinsMrDorToEricDor()
    {
        var dor = Cyprus.Value.Require("Eric Dor");

        Assert.Contains("Dor", dor.Aliases);
        Assert.True(dor.Citations.Count >= 3);
        Assert.Contains("Lehman", Cyprus.Value.Require("Lehman Brothers").Aliases);
        Assert.Empty(Cyprus.Value.Inconsistencies);
    }

    [Theory]
    [InlineData("Benjamin Netanyahu", EntityKind.Person)]
    [InlineData("Recep Tayyip Erdogan", EntityKind.Person)]
    [InlineData("Barack Obama", EntityKind.Person)]
    [InlineData("Israel", EntityKind.Place)]
    [InlineData("Turkey", EntityKind.Place)]
    [InlineData("Gaza", EntityKind.Place)]
    [InlineData("Jordan", EntityKind.Place)]
    public void Flotilla_GivesKind(string name, EntityKind kind) =>
        Assert.Equal(kind, Flotilla.Value.Require(name).Kind);

    [Theory]
    [InlineData("Recep Tayyip Erdogan", "Turkish counterpart", "Erdogan")]
    [InlineData("Barack Obama", "US President", "Obama")]
    public void Flotilla_GivesRoleAndJoinsMrSurname(string name, string description, string alias)
    {
        var entity = Flotilla.Value.Require(name);

        Assert.Contains(description, entity.Descriptions);
        Assert.Contains(alias, entity.Aliases);
    }

    [Fact]
    public void Flotilla_JoinsMrNetanyahuAndFindsTheActivists()
    {
        Assert.Contains("Netanyahu", Flotilla.Value.Require("Benjamin Netanyahu").Aliases);
        Assert.NotNull(Flotilla.Value.Generic("activists"));
        Assert.Null(Flotilla.Value.Named("Mr"));
    }

    private static EntityExtraction Load(string file, string title)
    {
        var text = File.ReadAllText(TestArticles.EvalText("te3-platinum", file));
        return EntityExtractor.Extract(ArticleLoader.Parse(title + "\n\n" + text.TrimStart(), file));
    }
}
