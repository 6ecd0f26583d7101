namespace Bot.Core.Tests.Answering;

public sealed class SeedCompletionTests
{
    [Theory]
    [InlineData("who", "person", "zh", "Zhao Lijian")]
    [InlineData("who", "person", "lij", "Zhao Lijian")]
    [InlineData("who", "person", "KANT", "Elizabeth Kanter")]
    [InlineData("who", "person", "spokes", "a TikTok spokesperson")]
    [InlineData("timeline", "filter", "buzz", "BuzzFeed")]
    [InlineData("timeline", "filter", "202", "2022")]
    [InlineData("sources", "filter", "surv", "survey")]
    public void Complete_Seed_SuggestsNamesFromTheFacts(string command, string option, string typed, string expected)
    {
        Assert.Contains(expected, TestArticles.SeedCompletions.Complete(command, option, typed));
    }

    [Fact]
    public void Complete_Seed_EmptyTypedGivesAtMostTheLimit()
    {
        var names = TestArticles.SeedCompletions.Complete("who", "person", "", limit: 5);

        Assert.Equal(5, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
