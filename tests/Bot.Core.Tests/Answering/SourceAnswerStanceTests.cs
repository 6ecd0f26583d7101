using Bot.Core.Answering;
using Bot.Core.Facts;
using Bot.Core.Tests.Extraction.Sourcing;

namespace Bot.Core.Tests.Answering;

/// <summary>/sources over an article of our own: merged counts, and denials shown as denials, never as backing.</summary>
public sealed class SourceAnswerStanceTests
{
    private static readonly Lazy<CommandRouter> Harbour = new(() => TestRouter.Over(SourceArticles.Facts(SourceArticles.Harbour)));

    [Fact]
    public void Sources_CountsOneEntryPerRealSource()
    {
        var answer = Harbour.Value.Ask("/sources");

        Assert.StartsWith("The article relies on 4 sources (3 named, 1 anonymous): Ines Varga, Tomas Brecht, several shop owners, Lena Ostrow.", answer.Text, StringComparison.Ordinal);
        Assert.Equal(4, answer.Items.Count);
    }

    [Fact]
    public void Sources_ShowsADenialWithItsVerbOutsideWhatTheSourceBacks()
    {
        var brecht = Assert.Single(Harbour.Value.Ask("/sources").Items, i => i.Label == "Tomas Brecht");
        var backs = brecht.Text[brecht.Text.IndexOf("Backs:", StringComparison.Ordinal)..brecht.Text.IndexOf("Denied", StringComparison.Ordinal)];

        Assert.Contains("Denied that the contract had been rushed.", brecht.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("rushed", backs, StringComparison.Ordinal);
        Assert.Equal("1", brecht.Details!["positions"]);
    }

    [Fact]
    public void Sources_ShowsAReactionAsWhatTheSourceDid()
    {
        var ostrow = Assert.Single(Harbour.Value.Ask("/sources").Items, i => i.Label == "Lena Ostrow");

        Assert.EndsWith("Backs: the quay would stay open all summer. Rejected those fears; criticized the ministry for slow permits.", ostrow.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoIsQuoted_NamesEachSourceOnce()
    {
        var answer = Harbour.Value.Ask("who does the article quote?");

        Assert.Equal(["Ines Varga", "Tomas Brecht", "Several shop owners", "Lena Ostrow"], answer.Items.Select(i => i.Label));
        Assert.Equal("3 statements", answer.Items[0].Text);
    }

    [Fact]
    public void Sources_FilterFindsASourceByAnotherMention() =>
        Assert.Equal(["Ines Varga"], Harbour.Value.Ask("/sources the director").Items.Select(i => i.Label));

    [Theory]
    [InlineData("calling", "it a minor delay", "A harbour spokesman called it a minor delay.")]
    [InlineData("criticized", "the schedule", "A harbour spokesman criticized the schedule.")]
    public void Statement_MakesAParticipleFinite(string verb, string content, string expected)
    {
        var statement = new Statement("a harbour spokesman", verb, content, false, Stance.Attributed, []);

        Assert.Equal(expected, Phrasing.Statement(statement));
    }
}
