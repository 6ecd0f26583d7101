using Bot.Core.Answering;
using Bot.Core.Search;

namespace Bot.Core.Tests.Answering;

public sealed class QuestionTermsTests
{
    [Theory]
    [InlineData("where is the 2nd debate", "second")]
    [InlineData("who won the third round", "3rd")]
    [InlineData("who criticised the plan", "condemn")]
    public void Grouped_JoinsATermWithItsEverydaySynonyms(string question, string synonym)
    {
        var groups = QuestionTerms.Grouped(QuestionTerms.Of(question, QuestionKind.General));

        Assert.Contains(groups, g => g.Contains(EnglishTerms.Analyze(synonym)[0]));
    }

    [Fact]
    public void Of_LeavesOutTheWordsThatOnlyShapeAnAgeQuestion()
    {
        var terms = QuestionTerms.Of("how old is the mayor", QuestionKind.Quantity);

        Assert.DoesNotContain(EnglishTerms.Analyze("old")[0], terms);
        Assert.Contains(EnglishTerms.Analyze("mayor")[0], terms);
    }
}
