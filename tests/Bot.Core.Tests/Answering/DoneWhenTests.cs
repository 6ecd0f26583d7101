using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

/// <summary>The issue's own checks on the seed article.</summary>
public sealed class DoneWhenTests
{
    private static Answer Ask(string message)
    {
        var answerer = TestArticles.SeedAnswers;
        return answerer.Ask(message);
    }

    [Fact]
    public void Timeline_Seed_ListsAtLeastFiveDatedEventsInDateOrderEachCited()
    {
        var answer = Ask("/timeline");

        var dated = answer.Items.Where(i => i.Label != "unresolved").ToList();
        Assert.True(dated.Count >= 5, $"only {dated.Count} dated events");
        Assert.Equal(dated.Select(i => i.Label).Order(StringComparer.Ordinal), dated.Select(i => i.Label));
        Assert.All(answer.Items, i => Assert.NotEmpty(i.Citations));
    }

    [Fact]
    public void Who_ZhaoLijian_QuotesHim()
    {
        var answer = Ask("/who Zhao Lijian");

        Assert.Contains(answer.Items, i => i.Text.Contains("I might want to exhort individual legislators", StringComparison.Ordinal));
    }

    [Fact]
    public void Sources_Seed_NamesBloombergBuzzFeedAndTheSurvey()
    {
        var answer = Ask("/sources");

        var names = answer.Items.Select(i => i.Label).ToList();
        Assert.Contains(names, n => n.Contains("Bloomberg", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(names, n => n.Contains("BuzzFeed", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(names, n => n.Contains("survey", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Timeline_BuzzFeed_ShowsOnlyBuzzFeedsEvents()
    {
        var answer = Ask("/timeline BuzzFeed");

        Assert.NotEmpty(answer.Items);
        Assert.All(answer.Items, i => Assert.Contains(
            i.Citations.Select(c => c.Text).Append(i.Text),
            t => t.Contains("BuzzFeed", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(answer.Items, i => i.Citations.Any(c => c.Text.Contains("April 2020", StringComparison.Ordinal)));
    }
}
