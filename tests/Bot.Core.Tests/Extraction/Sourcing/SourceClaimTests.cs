using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Sourcing;

/// <summary>What a source backs is a whole clause; denials, criticisms and reactions keep their verb.</summary>
public sealed class SourceClaimTests
{
    private static readonly Lazy<IReadOnlyList<Source>> Harbour = new(() => SourceArticles.Facts(SourceArticles.Harbour).Sources);
    private static readonly Lazy<IReadOnlyList<Source>> Refinery = new(() => SourceArticles.Facts(SourceArticles.Refinery).Sources);

    [Fact]
    public void Extract_ADenialIsAnOpposingPositionNotABackedClaim()
    {
        var brecht = Assert.Single(Harbour.Value, s => s.Name == "Tomas Brecht");
        var denial = Assert.Single(brecht.Positions);
        Assert.Equal("denied that the contract had been rushed", denial.Text);
        Assert.True(denial.Opposes);
        Assert.DoesNotContain(brecht.Claims, c => c.Contains("rushed", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AVerbWithANounPhraseIsAReactionWithoutItsTime()
    {
        var ostrow = Assert.Single(Harbour.Value, s => s.Name == "Lena Ostrow");
        Assert.Equal(["rejected those fears", "criticized the ministry for slow permits"], ostrow.Positions.Select(p => p.Text));
        Assert.All(ostrow.Positions, p => Assert.True(p.Opposes));
        Assert.Equal(["the quay would stay open all summer"], ostrow.Claims);
    }

    [Fact]
    public void Extract_AParticipleFragmentReadsAsWhatTheSourceDid()
    {
        var spokesman = Assert.Single(Refinery.Value, s => s.Name.EndsWith("Korvane Oil spokesman", StringComparison.Ordinal));
        Assert.Empty(spokesman.Claims);
        Assert.Equal(["downplayed the leak", "called it a minor fault in an old valve"], spokesman.Positions.Select(p => p.Text));
        Assert.All(spokesman.Positions, p => Assert.False(p.Opposes));
    }

    [Fact]
    public void Extract_APassiveCondemnationOpposesAndTheNewsConferenceIsNoSource()
    {
        var ferretti = Assert.Single(Refinery.Value, s => s.Name == "Aldo Ferretti");
        Assert.Contains(ferretti.Positions, p => p.Opposes && p.Text == "condemned the plan");
        Assert.Contains("the company must publish its inspection reports", ferretti.Claims);
        Assert.DoesNotContain(Refinery.Value, s => s.Name.Contains("conference", StringComparison.Ordinal));
    }
}
