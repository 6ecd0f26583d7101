using Bot.Core.Answering;
using Bot.Core.Text;

namespace Bot.Core.Tests.Answering;

public sealed class EntityMatcherTests
{
    [Theory]
    [InlineData("Zhao Lijian")]
    [InlineData("zhao")]
    [InlineData("Zhao Lijan")]
    [InlineData("Lijian")]
    [InlineData("Kantor")]
    [InlineData("Elizabeth Kantor")]
    [InlineData("the TikTok spokesperson")]
    [InlineData("spokesperson")]
    [InlineData("TikTok's")]
    [InlineData("Tik Tok")]
    [InlineData("BuzzFeed")]
    [InlineData("Buzfeed")]
    [InlineData("the survey")]
    [InlineData("Truss's prime ministerial rival")]
    [InlineData("the CEO of ByteDance")]
    [InlineData("Xi Jinping")]
    [InlineData("US")]
    [InlineData("")]
    public void FindBest_AgreesWithNameMatcher(string query)
    {
        var entities = TestArticles.Seed.Entities;
        var matcher = new EntityMatcher(entities);

        foreach (var threshold in new[] { 0.44, 0.5, 0.85 })
        {
            Assert.Equal(NameMatcher.FindBest(query, entities, threshold)?.Name, matcher.FindBest(query, threshold)?.Name);
        }
    }
}
