using Bot.Core.Facts;
using Bot.Core.Tests.Answering;

namespace Bot.Core.Tests.Extraction.Time;

public sealed class ArticleDateTests
{
    [Theory]
    [InlineData("2022-07-29", DatePrecision.Day, "2022-07-29", "2022-07-29")]
    [InlineData("2025-W09", DatePrecision.Week, "2025-02-24", "2025-03-02")]
    [InlineData("2020-W53", DatePrecision.Week, "2020-12-28", "2021-01-03")]
    [InlineData("2022-06", DatePrecision.Month, "2022-06-01", "2022-06-30")]
    [InlineData("2022-SU", DatePrecision.Season, "2022-06-01", "2022-08-31")]
    [InlineData("2021-FA", DatePrecision.Season, "2021-09-01", "2021-11-30")]
    [InlineData("2022-WI", DatePrecision.Season, "2022-12-01", "2023-02-28")]
    [InlineData("2022-Q1", DatePrecision.Quarter, "2022-01-01", "2022-03-31")]
    [InlineData("2022-H2", DatePrecision.Quarter, "2022-07-01", "2022-12-31")]
    [InlineData("2022", DatePrecision.Year, "2022-01-01", "2022-12-31")]
    [InlineData("199", DatePrecision.Decade, "1990-01-01", "1999-12-31")]
    [InlineData("19", DatePrecision.Unknown, "1901-01-01", "2000-12-31")]
    public void Parse_ReadsThePeriodAndToStringGivesTheValueBack(string value, DatePrecision precision, string start, string end)
    {
        var date = ArticleDate.Parse(value);

        Assert.Equal(new ArticleDate(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), precision, DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), date);
        Assert.Equal(value, date.ToString());
    }

    [Theory]
    [InlineData("2013-03-22T15:00", "2013-03-22")]
    [InlineData("2022-W30-WE", "2022-W30")]
    public void Parse_DropsWhatIsFinerThanTheCalendar(string value, string expected)
    {
        Assert.Equal(expected, ArticleDate.Parse(value).ToString());
    }

    [Theory]
    [InlineData("P3Y")]
    [InlineData("FUTURE_REF")]
    [InlineData("XXXX-07-29")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_GivesNullForWhatNamesNoPeriod(string? value)
    {
        Assert.Null(ArticleDate.Parse(value));
    }

    [Theory]
    [InlineData("2025-W09", "2025-06-02")]
    [InlineData("2025-W09", "2025-03")]
    [InlineData("2022", "2022-01")]
    [InlineData("2022-01", "2022-01-01")]
    [InlineData("199", "1995")]
    [InlineData("2021-12-31", "2022")]
    public void CompareTo_OrdersByStartThenLongerFirst(string earlier, string later)
    {
        Assert.True(ArticleDate.Parse(earlier)!.Value < ArticleDate.Parse(later)!.Value);
        Assert.True(ArticleDate.Parse(later)!.Value > ArticleDate.Parse(earlier)!.Value);
    }

    [Theory]
    [InlineData("2025-W09", "the week of 24 February 2025")]
    [InlineData("2021-W01", "the week of 4 January 2021")]
    [InlineData("2025-06-02", "2025-06-02")]
    [InlineData("2022-06", "2022-06")]
    public void ToWords_GivesAWeekAsItsMonday(string value, string expected)
    {
        Assert.Equal(expected, ArticleDate.Parse(value)!.Value.ToWords());
    }

    [Fact]
    public void Overlaps_FindsTheSeedsEventsInARange()
    {
        var (from, to) = (new DateOnly(2021, 12, 1), new DateOnly(2022, 6, 30));
        var events = TestArticles.Seed.Timeline
            .Where(e => e.Date is { } d && (d with { End = (e.End ?? d).End }).Overlaps(from, to))
            .Select(e => e.Date.ToString())
            .ToList();

        Assert.Equal(["2021-09", "2022-06"], events);
    }
}
