using Bot.Core.Extraction;
using Bot.Core.Facts;
using Bot.Core.Tests.Extraction.Attribution;

namespace Bot.Core.Tests.Extraction.Sourcing;

/// <summary>The sources of the shipped article, found with no entities given.</summary>
public sealed class SeedSourceTests
{
    private static readonly Lazy<IReadOnlyList<Source>> Sources = new(() =>
    {
        var article = RepoFiles.Seed();
        return SourceExtractor.Extract(article, [], StatementExtractor.Extract(article, []));
    });

    [Theory]
    [InlineData("Bloomberg", SourceKind.Outlet, true, "US financial media outlet")]
    [InlineData("BuzzFeed", SourceKind.Outlet, true, "US news website")]
    [InlineData("a survey", SourceKind.Survey, false, "a joint survey")]
    [InlineData("the recordings", SourceKind.Recording, false, "recordings of 80 internal TikTok US meetings")]
    [InlineData("a TikTok spokesperson", SourceKind.Spokesperson, false, "A TikTok spokesperson")]
    [InlineData("an internal report", SourceKind.Report, false, "An internal report seen by US journalists")]
    [InlineData("the information", SourceKind.Document, false, "The information seen by Bloomberg")]
    [InlineData("the report", SourceKind.Report, false, "a report released by US financial media outlet Bloomberg")]
    [InlineData("Zhao Lijian", SourceKind.Spokesperson, true, "Chinese Foreign Ministry spokesman")]
    [InlineData("Truss", SourceKind.Official, true, "British Foreign Secretary")]
    [InlineData("several TikTok employees", SourceKind.Group, false, "several TikTok employees")]
    public void Extract_FindsTheSeedsSources(string name, SourceKind kind, bool named, string description)
    {
        var source = Assert.Single(Sources.Value, s => s.Name == name);
        Assert.Equal(kind, source.Kind);
        Assert.Equal(named, source.Named);
        Assert.Equal(description, source.Description);
        Assert.True(source.Claims.Count + source.Positions.Count > 0);
        Assert.NotEmpty(source.Citations);
    }

    [Fact]
    public void Extract_TheInterviewZhaoSpokeAtIsNoSource() =>
        Assert.DoesNotContain(Sources.Value, s => s.Name.Contains("interview", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Extract_ZhaoCriticisedTrussRatherThanBackingHer()
    {
        var zhao = Assert.Single(Sources.Value, s => s.Name == "Zhao Lijian");
        Assert.Contains(zhao.Positions, p => p.Opposes && p.Text == "criticized Truss's remarks");
        Assert.DoesNotContain(zhao.Claims, c => c.Contains("Truss's remarks", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TheSpokespersonsFragmentsAreWhatItDidNotClaimsItBacks()
    {
        var spokesperson = Assert.Single(Sources.Value, s => s.Name == "a TikTok spokesperson");
        Assert.DoesNotContain(spokesperson.Claims, c => c is "the matter" || c.StartsWith("it an informal", StringComparison.Ordinal));
        Assert.Equal(
            ["downplayed the matter", "called it an informal request from a friend of one of the company's employees"],
            spokesperson.Positions.Select(p => p.Text));
        Assert.All(spokesperson.Positions, p => Assert.False(p.Opposes));
    }

    [Fact]
    public void Extract_BloombergBacksItsReportsAndTheQuoteItRelays()
    {
        var bloomberg = Assert.Single(Sources.Value, s => s.Name == "Bloomberg");
        Assert.Equal(3, bloomberg.Claims.Count);
        Assert.Contains(bloomberg.Claims, c => c.StartsWith("TikTok has regulations prohibiting", StringComparison.Ordinal));
        Assert.Collection(
            bloomberg.Citations,
            c => Assert.StartsWith("Bloomberg reported that \"internal information\"", c.Text, StringComparison.Ordinal),
            c => Assert.EndsWith("rejected the government agency's request, Bloomberg reported.", c.Text, StringComparison.Ordinal),
            c => Assert.StartsWith("Bloomberg quoted a spokesperson as saying", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DescribesTikTokByItsDefinitionAsAnOrganisation()
    {
        var tiktok = Assert.Single(Sources.Value, s => s.Name == "TikTok");
        Assert.Equal(SourceKind.Organization, tiktok.Kind);
        Assert.StartsWith("a short video-sharing app", tiktok.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LeavesTheArticlesOwnVoiceOut() =>
        Assert.DoesNotContain(Sources.Value, s => s.Name == StatementExtractor.ArticleVoice);
}
