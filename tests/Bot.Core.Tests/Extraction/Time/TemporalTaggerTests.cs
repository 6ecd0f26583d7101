using System.Globalization;
using Bot.Core.Extraction.Time;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Time;

public sealed class TemporalTaggerTests
{
    // 2022-07-29 was a Friday (ISO week 30); 2013-03-22 was a Friday too (ISO week 12).
    private const string Friday = "2022-07-29";

    [Theory]
    [InlineData("The deal was signed on July 29, 2022.", Friday, "July 29, 2022", TimexType.Date, "2022-07-29")]
    [InlineData("It was signed on 29 July 2022 in London.", Friday, "29 July 2022", TimexType.Date, "2022-07-29")]
    [InlineData("The report came out Jul. 29 after a delay.", "2022-08-10", "Jul. 29", TimexType.Date, "2022-07-29")]
    [InlineData("The filing is dated 2022-07-29 in the register.", Friday, "2022-07-29", TimexType.Date, "2022-07-29")]
    [InlineData("The filing is dated 7/29/2022 in the register.", Friday, "7/29/2022", TimexType.Date, "2022-07-29")]
    [InlineData("The filing is dated 29/7/2022 in the register.", Friday, "29/7/2022", TimexType.Date, "2022-07-29")]
    [InlineData("The message was sent in April 2020 to the office.", Friday, "April 2020", TimexType.Date, "2020-04")]
    [InlineData("The company said in November that it had expanded.", Friday, "November", TimexType.Date, "2021-11")]
    [InlineData("The plant will open in November.", Friday, "November", TimexType.Date, "2022-11")]
    [InlineData("The book is due to be published in May.", "2013-03-22", "May", TimexType.Date, "2013-05")]
    [InlineData("He was reported missing late last July by his son.", "2013-03-22", "late last July", TimexType.Date, "2012-07")]
    [InlineData("Sales rose in 2021 across the region.", Friday, "2021", TimexType.Date, "2021")]
    [InlineData("The 2022 budget was approved.", Friday, "2022", TimexType.Date, "2022")]
    [InlineData("On Thursday, the group published a survey.", Friday, "Thursday", TimexType.Date, "2022-07-28")]
    [InlineData("The committee will vote on Tuesday.", Friday, "Tuesday", TimexType.Date, "2022-08-02")]
    [InlineData("The report was released on Friday (July 29).", Friday, "Friday (July 29)", TimexType.Date, "2022-07-29")]
    [InlineData("The minister said today that talks had failed.", Friday, "today", TimexType.Date, "2022-07-29")]
    [InlineData("The company is launching its phone today in Paris.", Friday, "today", TimexType.Date, "2022-07-29")]
    [InlineData("The chips solve problems faster than can be done today.", Friday, "today", TimexType.Date, "PRESENT_REF")]
    [InlineData("Today, China is the largest emitter.", Friday, "Today", TimexType.Date, "PRESENT_REF")]
    [InlineData("The company reported the loss yesterday.", Friday, "yesterday", TimexType.Date, "2022-07-28")]
    [InlineData("The results will be announced tomorrow.", Friday, "tomorrow", TimexType.Date, "2022-07-30")]
    [InlineData("Prices rose last week.", Friday, "last week", TimexType.Date, "2022-W29")]
    [InlineData("Talks continue this week in Geneva.", Friday, "this week", TimexType.Date, "2022-W30")]
    [InlineData("The vote is scheduled for next week.", Friday, "next week", TimexType.Date, "2022-W31")]
    [InlineData("Last month, the site revealed the recordings.", Friday, "Last month", TimexType.Date, "2022-06")]
    [InlineData("Profits fell this year.", Friday, "this year", TimexType.Date, "2022")]
    [InlineData("The firm was founded last year.", Friday, "last year", TimexType.Date, "2021")]
    [InlineData("The company moved its offices earlier this year.", Friday, "earlier this year", TimexType.Date, "2022")]
    [InlineData("The law passed two years ago.", Friday, "two years ago", TimexType.Date, "2020")]
    [InlineData("Three days later, the talks collapsed.", Friday, "Three days", TimexType.Duration, "P3D")]
    [InlineData("Costs doubled over the past decade.", Friday, "the past decade", TimexType.Duration, "P10Y")]
    [InlineData("Prices have climbed in recent years.", Friday, "recent years", TimexType.Duration, "PXY")]
    [InlineData("The company is now profitable.", Friday, "now", TimexType.Date, "PRESENT_REF")]
    [InlineData("The service is currently unavailable.", Friday, "currently", TimexType.Date, "PRESENT_REF")]
    [InlineData("The agency recently changed its rules.", Friday, "recently", TimexType.Date, "PAST_REF")]
    [InlineData("Sales slumped last fall.", Friday, "last fall", TimexType.Date, "2021-FA")]
    [InlineData("He vanished last summer.", "2013-03-22", "last summer", TimexType.Date, "2012-SU")]
    [InlineData("The race was held in the summer of 2021.", Friday, "the summer of 2021", TimexType.Date, "2021-SU")]
    [InlineData("Revenue grew in the first quarter.", Friday, "the first quarter", TimexType.Date, "2022-Q1")]
    [InlineData("Revenue grew in Q3 2021.", Friday, "Q3 2021", TimexType.Date, "2021-Q3")]
    [InlineData("The style was popular in the 1990s.", Friday, "1990s", TimexType.Date, "199")]
    [InlineData("The style was popular in the '80s.", Friday, "'80s", TimexType.Date, "198")]
    [InlineData("It was the bloodiest war of the 20th century.", Friday, "20th century", TimexType.Date, "19")]
    [InlineData("The contract runs for three years.", Friday, "three years", TimexType.Duration, "P3Y")]
    [InlineData("The season started a month early.", Friday, "a month", TimexType.Duration, "P1M")]
    [InlineData("It was the worst outbreak in a decade.", Friday, "a decade", TimexType.Duration, "P10Y")]
    [InlineData("Staff said so over more than a dozen years.", Friday, "more than a dozen years", TimexType.Duration, "P12Y")]
    [InlineData("A four-week closure will begin.", Friday, "four-week", TimexType.Duration, "P4W")]
    [InlineData("The meeting lasted two hours.", Friday, "two hours", TimexType.Duration, "PT2H")]
    [InlineData("He finished the marathon in 3:07:35.", Friday, "3:07:35", TimexType.Duration, "PT3H7M35S")]
    [InlineData("Residents were evacuated this morning.", Friday, "this morning", TimexType.Time, "2022-07-29TMO")]
    [InlineData("The fire broke out Tuesday night.", Friday, "Tuesday night", TimexType.Time, "2022-07-26TNI")]
    [InlineData("The meeting starts at 3 p.m. in the hall.", Friday, "3 p.m.", TimexType.Time, "2022-07-29T15:00")]
    [InlineData("The match was postponed until 15:00 GMT Saturday.", Friday, "15:00 GMT Saturday", TimexType.Time, "2022-07-30T15:00")]
    [InlineData("The policy will change in the coming months.", Friday, "the coming months", TimexType.Date, "FUTURE_REF")]
    [InlineData("The app will launch soon.", Friday, "soon", TimexType.Date, "FUTURE_REF")]
    [InlineData("Nobody knows what the future holds.", Friday, "the future", TimexType.Date, "FUTURE_REF")]
    [InlineData("She checked the air every morning.", Friday, "every morning", TimexType.Set, "XXXX-XX-XXTMO")]
    [InlineData("The fee is paid annually.", Friday, "annually", TimexType.Set, "P1Y")]
    [InlineData("The battle was fought seventy-four years ago.", Friday, "seventy-four years ago", TimexType.Date, "1948")]
    [InlineData("Bank tellers earn $12 an hour in some regions.", Friday, "an hour", TimexType.Set, "PT1H")]
    [InlineData("The court term begins next Monday.", Friday, "next Monday", TimexType.Date, "2022-08-01")]
    [InlineData("Stumpf tried on Tuesday to make the case.", Friday, "Tuesday", TimexType.Date, "2022-07-26")]
    [InlineData("The choir sings every Sunday.", Friday, "every Sunday", TimexType.Set, "XXXX-WXX-7")]
    [InlineData("The report was released on Friday (July 29).", "", "Friday (July 29)", TimexType.Date, "XXXX-07-29")]
    [InlineData("Last month, the site revealed the recordings.", "", "Last month", TimexType.Date, "XXXX-XX")]
    public void Tag_NormalisesExpression(string sentence, string anchor, string text, TimexType type, string value)
    {
        var tagged = TemporalTagger.Tag(sentence, Anchor(anchor));

        var found = Assert.Single(tagged, t => t.Text == text);
        Assert.Equal((type, value), (found.Type, found.Value));
        Assert.Equal(text, sentence.Substring(found.Start, found.Length));
    }

    [Theory]
    [InlineData("Recordings of 80 internal meetings leaked.")]
    [InlineData("The company paid $2022 in fees.")]
    [InlineData("About 2000 people attended the rally.")]
    [InlineData("Nearly 60% of Americans support the ban.")]
    [InlineData("A 22-year-old man was arrested.")]
    [InlineData("Children ages 6 months and older should be vaccinated.")]
    [InlineData("Protesters march through the city and may return.")]
    [InlineData("He ran a sub-five-minute mile.")]
    [InlineData("It is the first foreign trip of his second term.")]
    [InlineData("The bill passed 2,015 to 1,980 after a long time.")]
    [InlineData("Figueroa told USA Today about the plan.")]
    [InlineData("He blamed thousands of $12-an-hour workers.")]
    public void Tag_IgnoresNumbersAndWordsThatAreNotTimes(string sentence)
    {
        Assert.Empty(TemporalTagger.Tag(sentence, new DateOnly(2022, 7, 29)));
    }

    [Theory]
    [InlineData("The time span is from September 2021 to January 2022.", "2021-09", "2022-01")]
    [InlineData("Prices rose between 2019 and 2021.", "2019", "2021")]
    [InlineData("The pandemic of 2009-2010 killed hundreds.", "2009", "2010")]
    [InlineData("The expedition of 1957-58 crossed Antarctica.", "1957", "1958")]
    [InlineData("The trial ran from September to January 2022.", "2021-09", "2022-01")]
    [InlineData("The survey was conducted September 16-19, 2016.", "2016-09-16", "2016-09-19")]
    public void Tag_LinksBothEndsOfARange(string sentence, string start, string end)
    {
        var tagged = TemporalTagger.Tag(sentence, new DateOnly(2022, 7, 29));

        var opening = Assert.Single(tagged, t => t.RangeEnd is not null);
        Assert.Equal((start, end), (opening.Value, opening.RangeEnd!.Value));
        Assert.Contains(opening.RangeEnd, tagged);
    }

    [Theory]
    [InlineData("The message was sent in April 2020.", DateStatus.Stated)]
    [InlineData("Last month, the site revealed the recordings.", DateStatus.Inferred)]
    [InlineData("The report was released on Friday (July 29).", DateStatus.Inferred)]
    [InlineData("The policy will change in the coming months.", DateStatus.Unresolved)]
    public void Tag_SaysHowTheDateWasFound(string sentence, DateStatus status)
    {
        var found = Assert.Single(TemporalTagger.Tag(sentence, new DateOnly(2022, 7, 29)));

        Assert.Equal(status, found.Status);
    }

    [Fact]
    public void Tag_KeepsTheWeekdayGivenWithADate()
    {
        var found = Assert.Single(TemporalTagger.Tag("The report was released on Friday (July 29).", null));

        Assert.Equal(DayOfWeek.Friday, found.Weekday);
    }

    [Theory]
    [InlineData("2022-07-29", DatePrecision.Day)]
    [InlineData("2022-07-29T15:00", DatePrecision.Day)]
    [InlineData("2022-W30", DatePrecision.Week)]
    [InlineData("2022-07", DatePrecision.Month)]
    [InlineData("2022-SU", DatePrecision.Season)]
    [InlineData("2022-Q1", DatePrecision.Quarter)]
    [InlineData("2022", DatePrecision.Year)]
    [InlineData("199", DatePrecision.Decade)]
    [InlineData("P3Y", DatePrecision.Unknown)]
    [InlineData("FUTURE_REF", DatePrecision.Unknown)]
    [InlineData("XXXX-07-29", DatePrecision.Unknown)]
    public void PrecisionOf_ReadsTheValueFormat(string value, DatePrecision precision)
    {
        Assert.Equal(precision, TimexValue.PrecisionOf(value));
    }

    [Theory]
    [InlineData("2022-W30", "2022-07-25")]
    [InlineData("2021-WI", "2021-12-01")]
    [InlineData("2021-FA", "2021-09-01")]
    [InlineData("2022-Q3", "2022-07-01")]
    [InlineData("201", "2010-01-01")]
    [InlineData("2020-04", "2020-04-01")]
    public void PeriodStart_GivesTheFirstDay(string value, string start)
    {
        Assert.Equal(Anchor(start), TimexValue.PeriodStart(value));
    }

    [Theory]
    [InlineData("2022-07-29", "2022-07-29")]
    [InlineData("2022-07-29T15:00", "2022-07-29")]
    [InlineData("2022-W30", "2022-07-31")]
    [InlineData("2022-06", "2022-06-30")]
    [InlineData("2021-WI", "2022-02-28")]
    [InlineData("2022-Q1", "2022-03-31")]
    [InlineData("2020-H2", "2020-12-31")]
    [InlineData("2021", "2021-12-31")]
    [InlineData("199", "1999-12-31")]
    [InlineData("19", "2000-12-31")]
    public void PeriodEnd_GivesTheLastDay(string value, string end)
    {
        Assert.Equal(Anchor(end), TimexValue.PeriodEnd(value));
    }

    private static DateOnly? Anchor(string date) =>
        date.Length == 0 ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
