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

    [Theory]
    [InlineData("who took part in the talks", "participated")]
    [InlineData("who opposed the plan", "opponents")]
    [InlineData("when will the party begin", "commence")]
    public void Grouped_WithParaphrases_JoinsWordNetsWords(string question, string paraphrase)
    {
        var groups = QuestionTerms.Grouped(QuestionTerms.Of(question, QuestionKind.General), paraphrases: true);

        Assert.Contains(groups, g => g.Contains(EnglishTerms.Analyze(paraphrase)[0]));
    }

    [Fact]
    public void Grouped_WithoutParaphrases_KeepsTheEverydayWordsOnly()
    {
        var groups = QuestionTerms.Grouped(QuestionTerms.Of("what is the name of the spokesperson", QuestionKind.General));

        Assert.DoesNotContain(groups, g => g.Contains(EnglishTerms.Analyze("called")[0]));
    }

    [Fact]
    public void Of_ReadsAPhrasalVerbAsOneTerm()
    {
        var terms = QuestionTerms.Of("who took part in the talks", QuestionKind.General);

        // "took" is brought to its verb, so the phrase meets "take part" and "taking part" alike.
        Assert.Contains("take part", terms);
        Assert.DoesNotContain("part", terms);
    }

    [Fact]
    public void Of_LeavesOutTheWordsThatOnlyShapeAnAgeQuestion()
    {
        var terms = QuestionTerms.Of("how old is the mayor", QuestionKind.Quantity);

        Assert.DoesNotContain(EnglishTerms.Analyze("old")[0], terms);
        Assert.Contains(EnglishTerms.Analyze("mayor")[0], terms);
    }
}
