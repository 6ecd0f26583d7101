using Bot.Core.Search;

namespace Bot.Core.Tests.Search;

public sealed class EnglishTermsTests
{
    [Theory]
    [InlineData("flew", "fly")]
    [InlineData("fought", "fighting")]
    [InlineData("met", "meets")]
    [InlineData("told", "tell")]
    [InlineData("withdrew", "withdraw")]
    [InlineData("died", "die")]
    [InlineData("added", "add")]
    public void Analyze_BringsAnIrregularFormToItsVerb(string form, string verb) =>
        Assert.Equal(EnglishTerms.Analyze(verb), EnglishTerms.Analyze(form));

    [Theory]
    [InlineData("found", "find")]
    [InlineData("left", "leave")]
    [InlineData("saw", "see")]
    public void Analyze_LeavesAFormThatIsAWordOfItsOwn(string form, string verb) =>
        Assert.NotEqual(EnglishTerms.Analyze(verb), EnglishTerms.Analyze(form));

    [Fact]
    public void Analyze_StillDropsStopWordsAndPossessivesAndStems() =>
        Assert.Equal(["obama", "fly", "hawaii", "island"], EnglishTerms.Analyze("Obama's flew to the Hawaii islands"));
}
