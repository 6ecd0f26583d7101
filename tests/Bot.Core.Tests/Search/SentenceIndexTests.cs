using Bot.Core.Search;

namespace Bot.Core.Tests.Search;

public sealed class SentenceIndexTests
{
    private static readonly SentenceIndex Index = new([
        "The council approved the harbour plan on Monday.",
        "Residents protested against the plan in 2023.",
        "A survey found that most residents support removing the old pier.",
        "The weather was fine.",
    ]);

    [Theory]
    [InlineData("removal", "remov")]
    [InlineData("Residents'", "resid")]
    [InlineData("The surveys", "survei")]
    public void Analyze_StemsAndDropsStopWordsAndPossessives(string text, string term)
    {
        Assert.Equal([term], EnglishTerms.Analyze(text));
    }

    [Fact]
    public void Search_RanksSentenceWithRarerTermsFirst()
    {
        var hits = Index.Search(EnglishTerms.Analyze("When did residents protest the plan?"), 5);

        Assert.Equal(1, hits[0].Index);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_MatchesAcrossWordForms()
    {
        var hits = Index.Search(EnglishTerms.Analyze("removal of the pier"), 5);

        Assert.Equal(2, Assert.Single(hits).Index);
        Assert.Equal(1.0, hits[0].Coverage, 3);
    }

    [Fact]
    public void Search_TermAbsentFromEveryText_LowersCoverage()
    {
        var hits = Index.Search(EnglishTerms.Analyze("pier revenue"), 5);

        Assert.True(hits[0].Coverage < 0.5);
        Assert.False(Index.Contains("revenu"));
    }

    [Fact]
    public void Search_SynonymGroup_CountsOnceAndScoresBestAlternative()
    {
        IReadOnlyList<IReadOnlyList<string>> groups = [["pier"], ["ban", "remov"]];

        var hits = Index.Search(groups, 5);

        Assert.Equal(2, hits[0].Index);
        Assert.Equal(1.0, hits[0].Coverage, 3);
    }

    [Fact]
    public void Search_Boost_ReordersButNeverAddsNonMatches()
    {
        var boost = new[] { 1.0, 1.0, 1.0, 100.0 };

        var hits = Index.Search(EnglishTerms.Analyze("plan"), 5, boost);

        Assert.Equal([0, 1], hits.Select(h => h.Index).Order());
    }

    [Fact]
    public void Search_Limit_CutsTheList()
    {
        Assert.Single(Index.Search(EnglishTerms.Analyze("plan residents"), 1));
    }
}
