using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Sourcing;

/// <summary>One source per real-world speaker, however the article refers to it.</summary>
public sealed class SourceMergingTests
{
    private static readonly Lazy<IReadOnlyList<Source>> Harbour = new(() => SourceArticles.Facts(SourceArticles.Harbour).Sources);

    [Fact]
    public void Extract_MergesNameTitleAndDescriptionsIntoOneSourceEach() =>
        Assert.Equal(["Ines Varga", "Tomas Brecht", "several shop owners", "Lena Ostrow"], Harbour.Value.Select(s => s.Name));

    [Fact]
    public void Extract_CountsNamedAndAnonymousAfterMerging()
    {
        Assert.Equal(3, Harbour.Value.Count(s => s.Named));
        Assert.Equal("several shop owners", Assert.Single(Harbour.Value, s => !s.Named).Name);
    }

    [Fact]
    public void Extract_AppositiveDescriptionBecomesTheNamedSourcesDescription()
    {
        var varga = Assert.Single(Harbour.Value, s => s.Name == "Ines Varga");
        Assert.Equal("the port's operations director", varga.Description);
        Assert.Contains("the director", varga.Mentions);
        Assert.Contains("dredging will start in May and last about a year", varga.Claims);
        Assert.Contains("the budget was settled", varga.Claims);
        Assert.DoesNotContain(varga.Claims, c => c.StartsWith("Ines Varga", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TitleBeforeTheNameJoinsTheNamedSource()
    {
        var brecht = Assert.Single(Harbour.Value, s => s.Name == "Tomas Brecht");
        Assert.Contains("the terminal was badly needed", brecht.Claims);
        Assert.Contains("the board would apply for federal grants", brecht.Claims);
        Assert.Equal(4, brecht.Citations.Count);
    }

    [Fact]
    public void Extract_ABriefingIsNoSource() =>
        Assert.DoesNotContain(Harbour.Value, s => s.Kind == SourceKind.PressConference || s.Name.Contains("briefing", StringComparison.Ordinal));

    [Fact]
    public void Extract_DefiniteDescriptionMatchingTwoNamedSourcesStaysApart()
    {
        const string body = """
            The clinic opened a new wing.

            The hospital's chief surgeon, Mira Castell, said the wing would treat children. The county's chief surgeon, Owen Pryce, said the county would pay for it.

            The surgeon added that the wing had forty beds.
            """;
        var sources = SourceArticles.Facts(body).Sources;
        Assert.Contains(sources, s => s.Name == "the surgeon");
        Assert.Contains(sources, s => s.Name == "Mira Castell");
        Assert.Contains(sources, s => s.Name == "Owen Pryce");
    }

    [Fact]
    public void Extract_ACompanysSpokesmanIsNotTheCompany()
    {
        var sources = SourceArticles.Facts(SourceArticles.Refinery).Sources;
        Assert.Contains(sources, s => s.Name == "A Korvane Oil spokesman" || s.Name == "a Korvane Oil spokesman");
        Assert.DoesNotContain(sources, s => s.Name == "Korvane Oil");
    }
}
