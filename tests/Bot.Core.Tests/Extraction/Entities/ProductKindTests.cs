using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Entities;

/// <summary>Apps, services and devices are products; a lone name with no evidence is of unclear kind.</summary>
public class ProductKindTests
{
    [Theory]
    [InlineData("Residents can book rides in Tripzo, a ride-sharing app run by the county.", "Tripzo")]
    [InlineData("Hovix is a budgeting application built by two students.", "Hovix")]
    [InlineData("Critics compared Strada, the European version of Rollo, with its rivals.", "Strada")]
    [InlineData("Teachers praised Pelko, Vendra's Korean version, for its lessons.", "Pelko")]
    [InlineData("Last year Zanbo, a messaging service, went offline twice.", "Zanbo")]
    [InlineData("Many users left the Quibble app in March.", "Quibble")]
    [InlineData("Farmers now rely on Grainwise, a weather platform.", "Grainwise")]
    public void Extract_GivesProductKind(string sentence, string name) =>
        Assert.Equal(EntityKind.Product, TestArticles.Extract(sentence).Require(name).Kind);

    [Theory]
    [InlineData("The story came from news website Newsly on Friday.", "Newsly")]
    [InlineData("It was first reported by wire service Telvoro.", "Telvoro")]
    [InlineData("The game was made by Brightforge, a small studio.", "Brightforge")]
    public void Extract_KeepsOutletsAndMakersOrganisations(string sentence, string name) =>
        Assert.Equal(EntityKind.Organization, TestArticles.Extract(sentence).Require(name).Kind);

    [Theory]
    [InlineData("The deal also covered Marvane.", "Marvane")]
    [InlineData("Nobody mentioned Quellbrook at the meeting.", "Quellbrook")]
    public void Extract_GivesUnknownKindToALoneNameWithoutEvidence(string sentence, string name) =>
        Assert.Equal(EntityKind.Unknown, TestArticles.Extract(sentence).Require(name).Kind);

    [Fact]
    public void Extract_StillGivesPersonToTwoCapitalisedWordsWithoutEvidence() =>
        Assert.Equal(EntityKind.Person, TestArticles.Extract("The deal also covered Odran Vell.").Require("Odran Vell").Kind);
}
