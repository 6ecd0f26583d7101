using Bot.Core.Facts;
using Bot.Core.Tests.Answering;

namespace Bot.Core.Tests.Facts;

public sealed class FactLookupTests
{
    [Theory]
    [InlineData("Zhao Lijian", "Zhao Lijian")]
    [InlineData("zhao lijan", "Zhao Lijian")]
    [InlineData("Kantor", "Elizabeth Kanter")]
    [InlineData("Truss's", "Truss")]
    [InlineData("buzzfeed", "BuzzFeed")]
    public void FindEntity_ToleratesCaseTyposSurnamesAndPossessives(string written, string expected)
    {
        Assert.Equal(expected, TestArticles.Seed.FindEntity(written)?.Name);
    }

    [Fact]
    public void FindEntity_ReturnsNullForANameTheArticleLacks()
    {
        Assert.Null(TestArticles.Seed.FindEntity("Mark Zuckerberg"));
    }

    [Fact]
    public void EventsBetween_ReturnsEventsOverlappingTheRange()
    {
        var events = TestArticles.Seed.EventsBetween(new DateOnly(2021, 12, 1), new DateOnly(2022, 6, 30)).ToList();

        Assert.Contains(events, e => e.Date == "2021-09" && e.End == "2022-01");
        Assert.Contains(events, e => e.Date == "2022-06");
        Assert.DoesNotContain(events, e => e.Date == "2020-04");
        Assert.DoesNotContain(events, e => e.Date is "2022-07-28" or "2022-07-29");
        Assert.DoesNotContain(events, e => e.Date is null);
    }

    [Fact]
    public void StatementsBy_FindsWhatASourceSaidOrRelayed()
    {
        var bloomberg = TestArticles.Seed.StatementsBy("Bloomberg").ToList();
        var zhao = TestArticles.Seed.StatementsBy("zhao").ToList();

        Assert.Contains(bloomberg, s => s.Via == "Bloomberg");
        Assert.Contains(bloomberg, s => s.Speaker == "Bloomberg");
        Assert.All(zhao, s => Assert.Equal("Zhao Lijian", s.Speaker));
        Assert.Contains(zhao, s => s.Direct);
    }

    [Fact]
    public void SourcesNamed_FindsTheSurvey()
    {
        Assert.Contains(TestArticles.Seed.SourcesNamed("survey"), s => s.Kind == SourceKind.Survey);
    }
}
