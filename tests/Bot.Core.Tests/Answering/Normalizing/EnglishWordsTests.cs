using Bot.Core.Answering.Normalizing;

namespace Bot.Core.Tests.Answering.Normalizing;

public sealed class EnglishWordsTests
{
    [Theory]
    [InlineData("beijing")]
    [InlineData("scotland")]
    [InlineData("xbox")]
    public void IsNameWhenCapitalised_ALowerCaseName_IsOne(string word) =>
        Assert.True(EnglishWords.IsNameWhenCapitalised(word));

    [Theory]
    [InlineData("survey")]
    [InlineData("polish")]
    [InlineData("wehn")]
    [InlineData("Beijing")]
    public void IsNameWhenCapitalised_AWordATypoOrACapital_IsNot(string word) =>
        Assert.False(EnglishWords.IsNameWhenCapitalised(word));
}
