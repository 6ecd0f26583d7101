using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class TenseConstraintTests
{
    private static readonly ArticleDate Published = ArticleDate.Day(new DateOnly(2016, 9, 16));

    [Theory]
    [InlineData("when will she visit the white house again", 1)]
    [InlineData("when is the council going to vote", 1)]
    [InlineData("when did she visit the white house", -1)]
    [InlineData("when was the wall built", -1)]
    [InlineData("what date is the vote", 0)]
    public void Of_ReadsTheTenseTheQuestionAsksIn(string question, int tense) =>
        Assert.Equal(tense, TenseConstraint.Of(AnswerContext.Fold(question)));

    [Theory]
    [InlineData(1, "2016-09-14", 1f)]
    [InlineData(1, "2016-10-01", 0f)]
    [InlineData(-1, "2016-09-14", 0f)]
    [InlineData(-1, "2016-11", 1f)]
    [InlineData(0, "2016-09-14", 0f)]
    public void Unmet_SetsTheDatesAgainstPublication(int tense, string timex, float expected) =>
        Assert.Equal(expected, TenseConstraint.Unmet(tense, Published, [ArticleDate.Parse(timex)!.Value]));

    [Fact]
    public void Unmet_OneDateOnTheRightSide_IsEnough() =>
        Assert.Equal(0f, TenseConstraint.Unmet(1, Published, [ArticleDate.Parse("2016-09-14")!.Value, ArticleDate.Parse("2016-12")!.Value]));

    [Fact]
    public void Unmet_WithoutAPublicationDate_IsZero() =>
        Assert.Equal(0f, TenseConstraint.Unmet(1, null, [ArticleDate.Parse("2016-09-14")!.Value]));
}
