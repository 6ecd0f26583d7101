using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Articles;
using Bot.Core.Extraction;

namespace Bot.Core.Tests.Answering.Ranking;

/// <summary>The near-miss features on a small article of our own, measured without sentence vectors.</summary>
public sealed class CandidateFinderTests
{
    private const string Article = """
        ---
        title: Mayor visits the harbour
        outlet: The Riverside Courier
        published: 2026-03-12
        ---
        Mayor Ana Okafor visited the Riverside harbour on Monday to open a new ferry terminal.

        More than 300 dead fish were found in rivers near Millbrook last week, officials in Millbrook said.

        Officials in Oakdale have not counted the fish in their rivers.

        Lena Ortiz and Sam Reyes participated in the harbour debate.

        Mayor Ana Okafor later met the harbour workers.

        She said the second terminal would cost $12 million.
        """;

    private static readonly Lazy<AnswerContext> Context = new(() => AnswerContext.For(FactExtractor.Extract(ArticleLoader.Parse(Article, "courier.md"))));

    [Fact]
    public void Find_ASentenceAboutAnotherPlace_LeavesTheQuestionsPlaceUnmet()
    {
        var found = CandidateFinder.Find(Context.Value, "how many dead fish were found in oakdale's rivers", _ => null);

        var millbrook = Candidate(found, "Millbrook last week");
        Assert.Equal(1f, millbrook[Feature.NameUnmet]);
        Assert.Equal(0f, Candidate(found, "Officials in Oakdale")[Feature.NameUnmet]);
    }

    [Fact]
    public void Find_ASheWhoseNearestNamedPersonIsTheOneAsked_MeetsTheName()
    {
        var found = CandidateFinder.Find(Context.Value, "how much will ana okafor's second terminal cost", _ => null);

        Assert.Equal(0f, Candidate(found, "second terminal would cost")[Feature.NameUnmet]);
    }

    [Fact]
    public void Find_AWhoQuestion_TakesAnotherPersonForTheAnswerNotARival()
    {
        var found = CandidateFinder.Find(Context.Value, "who joined ana okafor in the harbour debate", _ => null);

        Assert.Equal(0.5f, Candidate(found, "participated in the harbour debate")[Feature.NameUnmet]);
    }

    [Fact]
    public void Find_AFutureQuestion_FindsThePastDateUnmet()
    {
        var found = CandidateFinder.Find(Context.Value, "when will okafor visit the harbour again", _ => null);

        Assert.Equal(1f, Candidate(found, "ferry terminal")[Feature.DateUnmet]);
    }

    [Fact]
    public void Find_APastQuestion_FindsThePastDateMet()
    {
        var found = CandidateFinder.Find(Context.Value, "when did okafor visit the harbour", _ => null);

        Assert.Equal(0f, Candidate(found, "ferry terminal")[Feature.DateUnmet]);
    }

    [Fact]
    public void Find_AWordTheArticleUsesElsewhere_IsMissingElsewhere()
    {
        var found = CandidateFinder.Find(Context.Value, "how many dead fish were found near oakdale", _ => null);

        Assert.True(Candidate(found, "Millbrook last week")[Feature.RarestTermElsewhere] > 0);
    }

    [Fact]
    public void Find_AWordTheArticleNeverUses_IsMissingButNotElsewhere()
    {
        var found = CandidateFinder.Find(Context.Value, "how many dead fish were found in the creeks near millbrook", _ => null);

        var millbrook = Candidate(found, "Millbrook last week");
        Assert.True(millbrook[Feature.RarestTermMissing] > 0);
        Assert.Equal(0f, millbrook[Feature.RarestTermElsewhere]);
    }

    [Theory]
    [InlineData("when did ana okafor visit the harbour", 0f)]
    [InlineData("when did ana okafor leave the harbour", 1f)]
    public void Find_TheEventAsked_IsMetOnlyByASentenceThatTellsIt(string question, float unmet)
    {
        var found = CandidateFinder.Find(Context.Value, question, _ => null);

        Assert.Equal(unmet, Candidate(found, "ferry terminal")[Feature.PredicateUnmet]);
    }

    [Fact]
    public void Find_APlaceTheArticleNeverNames_IsAbsent()
    {
        var found = CandidateFinder.Find(Context.Value, "how many dead fish were found in beijing's rivers", _ => null);

        Assert.All(found.Candidates, c => Assert.Equal(1f, c[Feature.NameAbsent]));
    }

    [Fact]
    public void Find_ANameTheReaderCapitalises_IsAbsentWhenTheArticleLacksIt()
    {
        var found = CandidateFinder.Find(Context.Value, "when did Mayor Hollister visit the harbour", _ => null);

        Assert.All(found.Candidates, c => Assert.Equal(1f, c[Feature.NameAbsent]));
    }

    [Fact]
    public void Find_ATitleCaseQuestion_MarksNoNameByItsCapitals()
    {
        var found = CandidateFinder.Find(Context.Value, "When Did Ana Okafor Inaugurate The Ferry Terminal", _ => null);

        Assert.All(found.Candidates, c => Assert.Equal(0f, c[Feature.NameAbsent]));
    }

    [Theory]
    [InlineData("how many dead fish were found in millbrook's rivers")]
    [InlineData("how many dead fish were found in Millbrook's rivers")]
    [InlineData("how many dead fish did the millbrook officials count")]
    public void Find_NamesTheArticleHolds_AreNotAbsent(string question)
    {
        var found = CandidateFinder.Find(Context.Value, question, _ => null);

        Assert.All(found.Candidates, c => Assert.Equal(0f, c[Feature.NameAbsent]));
    }

    [Fact]
    public void Find_AReadersParaphrase_CoversTheArticlesWord()
    {
        var found = CandidateFinder.Find(Context.Value, "who took part in the harbour debate", _ => null);

        Assert.Equal(1f, Candidate(found, "participated")[Feature.Coverage]);
    }

    [Fact]
    public void Find_TheNameTheQuestionAsksAbout_IsNoAnswerToWho()
    {
        var found = CandidateFinder.Find(Context.Value, "who visited the harbour with ana okafor", _ => null);

        var visit = Candidate(found, "ferry terminal");
        Assert.Equal(1f, visit[Feature.QuestionNamesSomeone]);
        Assert.DoesNotContain("Okafor", visit.Phrase?.Text ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(1f, visit[Feature.TypeFallback]);
    }

    private static Candidate Candidate(QuestionCandidates found, string part) =>
        found.Candidates.Single(c => Context.Value.Sentences[c.Sentence].Text.Contains(part, StringComparison.Ordinal));
}
