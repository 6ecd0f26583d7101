using Bot.Core.Answering.Ranking;
using Bot.Core.Answering.Typing;

namespace Bot.Core.Tests.Answering.Ranking;

/// <summary>The contradictions that refuse a sentence whatever the fitted decision says.</summary>
public sealed class AnswerScorerTests
{
    [Theory]
    [InlineData("NameAbsent")]
    [InlineData("TimeUnmet")]
    [InlineData("RoleUnnamed")]
    [InlineData("DateUnmet")]
    public void Contradicts_ASentenceThatAnswersAnotherQuestion(string contradiction)
    {
        var candidate = Typed(AnswerType.Person, fits: true);
        candidate[Enum.Parse<Feature>(contradiction)] = 1;

        Assert.True(AnswerScorer.Contradicts(candidate));
    }

    [Theory]
    [InlineData(AnswerType.Count)]
    [InlineData(AnswerType.Money)]
    [InlineData(AnswerType.Percent)]
    public void Contradicts_AnAmountQuestionOverASentenceWithoutOne(AnswerType type) =>
        Assert.True(AnswerScorer.Contradicts(Typed(type, fits: false)));

    [Theory]
    [InlineData(AnswerType.Date)]
    [InlineData(AnswerType.Person)]
    public void DoesNotContradict_AClauseOrANameTheLexicalAnswererFound(AnswerType type) =>
        Assert.False(AnswerScorer.Contradicts(Typed(type, fits: false)));

    [Fact]
    public void DoesNotContradict_AnAmountQuestionOverASentenceWithOne() =>
        Assert.False(AnswerScorer.Contradicts(Typed(AnswerType.Money, fits: true)));

    private static Candidate Typed(AnswerType type, bool fits)
    {
        var candidate = new Candidate(0, new float[Candidate.FeatureCount]) { Wanted = type };
        candidate[Feature.TypeWanted] = 1;
        candidate[Feature.TypeFits] = fits ? 1 : 0;
        return candidate;
    }
}
