using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Entities;

public class AliasTests
{
    [Theory]
    [InlineData("Officials met Dana Whitfield on Monday.", "Whitfield said the talks went well.", "Dana Whitfield", "Whitfield")]
    [InlineData("Chinese Foreign Ministry spokesman Zhao Lijian spoke.", "Asked again, Zhao declined to answer.", "Zhao Lijian", "Zhao")]
    [InlineData("The poll was run by Trafalgar Group in May.", "Results from Trafalgar surprised many.", "Trafalgar Group", "Trafalgar")]
    [InlineData("Data came from the Centers for Disease Control and Prevention.", "The CDC said flu was waning.", "Centers for Disease Control and Prevention", "CDC")]
    [InlineData("Troops reached the United States in May.", "Leaders in the U.S. disagreed.", "United States", "U.S.")]
    public void Extract_JoinsShortFormToFullName(string first, string second, string name, string alias)
    {
        var entity = TestArticles.Extract(first, second).Require(name);

        Assert.Equal(name, entity.Name);
        Assert.Contains(alias, entity.Aliases);
        Assert.Equal(2, entity.Citations.Count);
    }

    [Fact]
    public void Extract_JoinsPossessiveToName()
    {
        var entity = TestArticles.Extract("British Foreign Secretary Truss spoke.", "Truss's remarks were criticized.").Require("Truss");

        Assert.Equal(2, entity.Citations.Count);
        Assert.Empty(entity.Aliases);
    }

    [Fact]
    public void Extract_DoesNotTreatTheCompanyAsAlias()
    {
        var extraction = TestArticles.Extract("Acme Corp said profits rose.", "The company also cut jobs.");

        Assert.Single(extraction.Require("Acme Corp").Citations);
        Assert.DoesNotContain(extraction.Entities, e => e.Name.Contains("company", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Extract_JoinsVariantSpellingOfSurnameAndRecordsInconsistency()
    {
        var extraction = TestArticles.Extract(
            "A message went to Elizabeth Kanter, the firm's head of policy.",
            "The request was discussed at length.",
            "Kantor and Erich Andersen took part in the discussion.");

        var kanter = extraction.Require("Elizabeth Kanter");
        Assert.Contains("Kantor", kanter.Aliases);
        Assert.Equal(EntityKind.Person, kanter.Kind);
        var inconsistency = Assert.Single(extraction.Inconsistencies);
        Assert.Equal("The article spells Kanter's name two ways: \"Kanter\" (paragraph 1) and \"Kantor\" (paragraph 3).", inconsistency.Description);
        Assert.Equal([1, 3], inconsistency.Citations.Select(c => c.Paragraph));
    }

    [Fact]
    public void Extract_JoinsVariantSpellingOpeningASentence()
    {
        var extraction = TestArticles.Extract(
            "A message went to Elizabeth Kanter, the firm's head of policy.",
            "Kantor participated in the discussion.");

        Assert.Contains("Kantor", extraction.Require("Elizabeth Kanter").Aliases);
        Assert.Single(extraction.Inconsistencies);
    }

    [Fact]
    public void Extract_DropsUnrelatedSentenceOpeningWord()
    {
        var extraction = TestArticles.Extract("A message went to Elizabeth Kanter.", "Kindly ignore it.", "Santer participated.");

        Assert.Null(extraction.Named("Kindly"));
        Assert.Null(extraction.Named("Santer"));
        Assert.Empty(extraction.Inconsistencies);
    }

    [Theory]
    [InlineData("Mark Jansen met Mark Janssen in the same room.", "Jansen said it was fine.")]
    [InlineData("Senator Kelly Ayotte spoke for Senate Republicans.", "One Republican disagreed.")]
    public void Extract_DoesNotJoinDifferentNames(string first, string second)
    {
        var extraction = TestArticles.Extract(first, second);

        Assert.Empty(extraction.Inconsistencies);
    }

    [Fact]
    public void Extract_DoesNotJoinSimilarNameFarAway()
    {
        var filler = Enumerable.Range(1, 12).Select(i => $"Nothing happened on day {i}.");
        var extraction = TestArticles.Extract(["Elizabeth Kanter spoke first.", .. filler, "Kantor and Erich Andersen spoke last."]);

        Assert.Empty(extraction.Inconsistencies);
    }
}
