using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

/// <summary>An ISO week ("2025-W09") sorts by its Monday, not as text after "2025-06-02", and reads as words.</summary>
public sealed class WeekTimelineTests
{
    private const string Text = """
        Harbour Works Begin

        The harbour works began on June 2, 2025, the Daily Tide reported.

        The council had approved the plan in week 9 of 2025, after a long debate.
        """;

    [Fact]
    public void Timeline_PutsTheWeekBeforeJuneAndNamesItsMonday()
    {
        var answer = Answerer().Ask("/timeline");

        Assert.Equal(["the week of 24 February 2025", "2025-06-02"], answer.Items.Select(i => i.Label));
        Assert.Contains("from the week of 24 February 2025 to 2025-06-02", answer.Text, StringComparison.Ordinal);
        Assert.Equal("the week of 24 February 2025", answer.Items[0].Details!["resolved"]);
    }

    [Fact]
    public void PlainText_ListsTheWeekFirstInWords()
    {
        var text = PlainTextRenderer.Render(Answerer().Ask("/timeline"));

        var week = text.IndexOf("- the week of 24 February 2025:", StringComparison.Ordinal);
        var june = text.IndexOf("- 2025-06-02:", StringComparison.Ordinal);
        Assert.InRange(week, 0, june - 1);
        Assert.DoesNotContain("2025-W09", text, StringComparison.Ordinal);
    }

    private static CommandRouter Answerer() => TestRouter.Over(Facts());

    /// <summary>Facts in the order a string sort would give, so the test fails if the answer sorts by text.</summary>
    public static ArticleFacts Facts()
    {
        var article = ArticleLoader.Parse(Text, "harbour.txt");
        Citation C(int p) => Citation.Of(article.FindSentence(p, 1) ?? throw new InvalidOperationException($"no sentence {p}.1"));
        TimelineEvent[] timeline =
        [
            new(ArticleDate.Parse("2025-06-02"), null, DatePrecision.Day, "June 2, 2025", "The harbour works began", DateStatus.Stated, [C(1)]),
            new(ArticleDate.Parse("2025-W09"), null, DatePrecision.Week, "week 9 of 2025", "The council had approved the plan", DateStatus.Stated, [C(2)]),
        ];
        var published = new PublicationDate(ArticleDate.Parse("2025-06-02"), DateStatus.Inferred, "The latest full date.");
        return new ArticleFacts(article, published, [], [], timeline, [], []);
    }
}
