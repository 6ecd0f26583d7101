using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class DateGrainTests
{
    [Theory]
    [InlineData("what year did they divorce", "earlier this month", 1f)]
    [InlineData("what year did they divorce", "in 1992", 0f)]
    [InlineData("which year was the raid", "in '92", 0f)]
    [InlineData("when did the poll come out exactly", "Yesterday", 1f)]
    [InlineData("what date was the fundraiser", "Friday", 1f)]
    [InlineData("what date was the fundraiser", "July 29", 0f)]
    [InlineData("when did the poll come out", "Yesterday", 0f)]
    [InlineData("what day was the survey published", "Thursday", 0f)]
    public void Unmet_SetsTheAskedExactnessAgainstThePhrase(string question, string phrase, float expected) =>
        Assert.Equal(expected, DateGrain.Unmet(DateGrain.Of(AnswerContext.Fold(question)), phrase));
}
