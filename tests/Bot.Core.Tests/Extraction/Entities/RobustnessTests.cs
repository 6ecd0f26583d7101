namespace Bot.Core.Tests.Extraction.Entities;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("n't")]
    [InlineData("'s")]
    [InlineData("A")]
    [InlineData("U.S.")]
    [InlineData("Mr.")]
    [InlineData("— , ; : ...")]
    [InlineData("Ms. , Dr. Mr")]
    [InlineData("The , , , the of of of And And")]
    [InlineData("X, a")]
    [InlineData("Zed is a")]
    [InlineData("a spokesperson")]
    [InlineData("officials in")]
    [InlineData("Bank of")]
    [InlineData("Secretary of State")]
    [InlineData("ALL CAPS SHOUTING HERE, SAID NOBODY")]
    [InlineData("日本 政府 said 東京 was calm.")]
    public void Extract_HandlesOddTextWithoutThrowing(string text)
    {
        var extraction = TestArticles.Extract(text, text + " " + text);

        Assert.All(extraction.Entities, e => Assert.False(string.IsNullOrWhiteSpace(e.Name)));
    }
}
