using Bot.Core.Extraction.Time;

namespace Bot.Core.Tests.Extraction.Time;

/// <summary>Odd input must never crash the tagger: it gets text from any article and anchors from any metadata.</summary>
public sealed class TaggerRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "January", "Feb.", "May", "31", "29", "0", "00", "99", "2022", "1957-58", "9999", "0000", "/", "-", "–", ",", ".",
        "(", ")", "Friday", "Sunday night", "last", "next", "this", "the", "past", "coming", "week", "weekend", "month",
        "year", "years", "decade", "century", "quarter", "Q5", "H3", "fall", "winter", "ago", "seventy-four", "a", "an",
        "99999999999", "1,000,000", "days", "every", "3:07:35", "25:00", "12:60", "3 p.m.", "noon", "today", "now",
        "'90s", "20th", "century", "between", "and", "to", "$", "%", "early", "late", "mid", "fiscal", "7/29/2022",
        "31/31/2022", "2022-13-45", "2022-02-30", "February 30, 2021", "the 99th", "twenty-first",
    ];

    [Fact]
    public void Tag_SurvivesRandomWordSoupAndExtremeAnchors()
    {
        var random = new Random(20220729);
        DateOnly?[] anchors = [null, DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(1, 1, 2), new DateOnly(2022, 7, 29), new DateOnly(9998, 12, 31)];
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            foreach (var anchor in anchors)
            {
                foreach (var t in TemporalTagger.Tag(text, anchor))
                {
                    Assert.Equal(t.Text, text.Substring(t.Start, t.Length));
                    Assert.False(string.IsNullOrEmpty(t.Value));
                    _ = TimexValue.PeriodStart(t.Value);
                    _ = t.Precision;
                }
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("2022-")]
    [InlineData("2022-W")]
    [InlineData("2022-Q9")]
    [InlineData("2022-13")]
    [InlineData("2022-02-31")]
    [InlineData("9999-W53")]
    [InlineData("0000")]
    [InlineData("12")]
    [InlineData("PXY")]
    public void TimexValue_ReadsMalformedValuesWithoutThrowing(string value)
    {
        _ = TimexValue.PrecisionOf(value);
        _ = TimexValue.PeriodStart(value);
        _ = TimexValue.CalendarPart(value);
    }

    [Fact]
    public void Tag_EmptyText_GivesNothing()
    {
        Assert.Empty(TemporalTagger.Tag(string.Empty, new DateOnly(2022, 7, 29)));
    }
}
