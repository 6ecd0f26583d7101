using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class TimeConstraintTests
{
    [Theory]
    [InlineData("how much did the committee raise in july", "In July, the committee raised $23 million.", 0f)]
    [InlineData("how much did the committee raise in july", "In August, the committee raised $23 million.", 1f)]
    [InlineData("how much did the committee raise in july", "The committee raised $23 million.", 0.5f)]
    [InlineData("how many shootings were there last year", "There were 3,210 shootings this year.", 1f)]
    [InlineData("how many inmates were there in 1994", "There were 2.3 million inmates in 1994, up from 1972.", 0f)]
    [InlineData("how many inmates were there in 1994", "There were 2.3 million inmates in 2008.", 1f)]
    [InlineData("how many people came to the rally", "In August, 650 people came to the rally.", 0f)]
    public void Unmet_SetsThePinnedTimeAgainstTheText(string question, string sentence, float expected) =>
        Assert.Equal(expected, TimeConstraint.Unmet(TimeConstraint.Of(AnswerContext.Fold(question)), AnswerContext.Fold(sentence)));

    [Theory]
    [InlineData("what may happen to the plan")]
    [InlineData("when will they march to the capitol")]
    public void Of_AQuestionsMayOrMarch_PinsNoTime(string question) =>
        Assert.Empty(TimeConstraint.Of(AnswerContext.Fold(question)));

    [Fact]
    public void Of_ReadsAbbreviatedAndFullMonthsAlike() =>
        Assert.Equal(TimeConstraint.Of(AnswerContext.Fold("in Sept.")), TimeConstraint.Of(AnswerContext.Fold("in september")));
}
