using Bot.Core.Answering.Ranking;
using Bot.Core.Search;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class QuestionPredicateTests
{
    private static readonly HashSet<string> Names = ["okafor", "council", "riversid"];

    [Theory]
    [InlineData("when did okafor open the terminal", "open")]
    [InlineData("when did the council approve the budget", "approv")]
    [InlineData("where will the riverside council meet", "meet")]
    [InlineData("wehn did okafor resign", "resign")]
    public void Of_IsTheEventAfterTheSubject(string question, string stem) =>
        Assert.Equal(stem, QuestionPredicate.Of(question, IsName));

    [Theory]
    [InlineData("who opened the terminal")]
    [InlineData("how many people came")]
    public void Of_AQuestionWithoutThatShape_HasNone(string question) =>
        Assert.Null(QuestionPredicate.Of(question, IsName));

    private static bool IsName(string word) => EnglishTerms.Analyze(word) is [var stem] && Names.Contains(stem);
}
