using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Extraction.Time;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Time;

public sealed class TimelineExtractorTests
{
    private static readonly PublicationDate Friday = new(ArticleDate.Parse("2022-07-29"), DateStatus.Inferred, "test");

    [Fact]
    public void Extract_Seed_HoldsTheArticlesEventsInDateOrder()
    {
        var article = ArticleLoader.Load(TestPaths.Seed);
        var timeline = TimelineExtractor.Extract(article, PublicationDateResolver.Resolve(article));

        var message = Assert.Single(timeline, e => e.Expression == "April 2020");
        Assert.Equal(("2020-04", DatePrecision.Month, DateStatus.Stated), (message.Date?.ToString(), message.Precision, message.Status));
        Assert.Contains("Elizabeth Kanter", message.Citations[0].Text, StringComparison.Ordinal);

        var recordings = Assert.Single(timeline, e => e.End is not null);
        Assert.Equal(("2021-09", "2022-01", DateStatus.Stated), (recordings.Date?.ToString(), recordings.End?.ToString(), recordings.Status));
        Assert.Equal("September 2021 to January 2022", recordings.Expression);
        Assert.Contains("recordings", recordings.Event, StringComparison.Ordinal);

        var buzzFeed = Assert.Single(timeline, e => e.Expression == "Last month");
        Assert.Equal(("2022-06", DateStatus.Inferred), (buzzFeed.Date?.ToString(), buzzFeed.Status));
        Assert.StartsWith("US news website BuzzFeed revealed", buzzFeed.Event, StringComparison.Ordinal);

        var survey = Assert.Single(timeline, e => e.Expression == "Thursday");
        Assert.Equal(("2022-07-28", DateStatus.Inferred), (survey.Date?.ToString(), survey.Status));
        Assert.Contains("joint survey", survey.Event, StringComparison.Ordinal);

        var bloomberg = Assert.Single(timeline, e => e.Expression == "Friday (July 29)");
        Assert.Equal(("2022-07-29", DatePrecision.Day), (bloomberg.Date?.ToString(), bloomberg.Precision));
        Assert.Contains("Bloomberg", bloomberg.Event, StringComparison.Ordinal);

        var coming = timeline[^1];
        Assert.Equal(("the coming months", DateStatus.Unresolved), (coming.Expression, coming.Status));
        Assert.Null(coming.Date);

        Assert.Equal(
            [message, recordings, buzzFeed, survey, bloomberg, coming],
            timeline.Where(e => e == message || e == recordings || e == buzzFeed || e == survey || e == bloomberg || e == coming));
        Assert.All(timeline.SelectMany(e => e.Citations), c => Assert.Equal(c.Text, article.FindSentence(c.Paragraph, c.Sentence)?.Text));
    }

    [Theory]
    [InlineData("Last month, the site revealed a leak.", "The site revealed a leak.")]
    [InlineData("On Thursday, two groups published a survey.", "Two groups published a survey.")]
    [InlineData("The firm said on Thursday that sales fell.", "The firm said on Thursday that sales fell.")]
    public void Extract_DropsALeadingTimeAdverbialFromTheEvent(string sentence, string expected)
    {
        var timeline = TimelineExtractor.Extract(Article(sentence), Friday);

        Assert.Equal(expected, Assert.Single(timeline).Event);
    }

    [Fact]
    public void Extract_GivesAShortDateSentenceTheSentenceBefore()
    {
        var timeline = TimelineExtractor.Extract(Article("The recordings show staff discussing data. The span is from May 2021 to June 2022."), Friday);

        var range = Assert.Single(timeline);
        Assert.Equal("The recordings show staff discussing data. The span is from May 2021 to June 2022.", range.Event);
        Assert.Equal([2, 1], range.Citations.Select(c => c.Sentence));
    }

    [Theory]
    [InlineData("The contract runs for three years.")]
    [InlineData("The board meets every morning.")]
    [InlineData("The company is now profitable.")]
    public void Extract_LeavesOutWhatIsNotAnEvent(string sentence)
    {
        Assert.Empty(TimelineExtractor.Extract(Article(sentence), Friday));
    }

    [Fact]
    public void Extract_PutsUnresolvedEventsAfterDatedOnes()
    {
        var timeline = TimelineExtractor.Extract(
            Article("The rules will change in the coming months. The firm was founded in 2019. Sales rose last week."),
            Friday);

        Assert.Equal(["2019", "2022-W29", null], timeline.Select(e => e.Date?.ToString()));
        Assert.Equal([DateStatus.Stated, DateStatus.Inferred, DateStatus.Unresolved], timeline.Select(e => e.Status));
    }

    [Fact]
    public void Extract_WithoutPublicationDate_KeepsRelativeDatesUnresolved()
    {
        var timeline = TimelineExtractor.Extract(
            Article("Last month, the site revealed a leak. The firm was founded in April 2019."),
            new PublicationDate(null, DateStatus.Unresolved, "none"));

        Assert.Equal([("2019-04", DateStatus.Stated), (null, DateStatus.Unresolved)], timeline.Select(e => (e.Date?.ToString(), e.Status)));
    }

    [Fact]
    public void Extract_NeverCitesTheTitle()
    {
        var timeline = TimelineExtractor.Extract(ArticleLoader.Parse("Talks collapsed on March 3, 2021\n\nNothing else happened.", "test.txt"), Friday);

        Assert.Empty(timeline);
    }

    [Fact]
    public void Extract_TempEvalArticles_OrdersEventsAndCitesExactSentences()
    {
        var events = 0;
        foreach (var doc in TempEvalCorpus.Load())
        {
            var article = ArticleLoader.Parse(doc.Name + "\n\n" + doc.Text.Trim(), doc.Name + ".txt") with
            {
                Metadata = new ArticleMetadata(Published: doc.Dct),
            };

            var timeline = TimelineExtractor.Extract(article, PublicationDateResolver.Resolve(article));

            var starts = timeline.TakeWhile(e => e.Date is not null).Select(e => e.Date!.Value.Start).ToList();
            Assert.Equal(starts.Order(), starts);
            Assert.All(timeline.Skip(starts.Count), e => Assert.Null(e.Date));
            Assert.All(timeline.SelectMany(e => e.Citations), c => Assert.Equal(c.Text, article.FindSentence(c.Paragraph, c.Sentence)?.Text));
            events += timeline.Count;
        }

        Assert.True(events >= 75, $"only {events} events in 20 articles");
    }

    private static ArticleDocument Article(string body) => ArticleLoader.Parse("Title\n\n" + body, "test.txt");
}
