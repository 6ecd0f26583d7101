using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Facts;
using Bot.Discord.Rendering;
using Bot.Discord.Tests.Fakes;

namespace Bot.Discord.Tests;

public sealed class WeekTimelineRenderTests
{
    [Fact]
    public void Render_Timeline_ListsAnIsoWeekByItsMondayBeforeLaterDays()
    {
        var store = new FakeFactStore();
        store.Current = store.Current! with
        {
            Timeline =
            [
                new(ArticleDate.Parse("2025-06-02"), null, DatePrecision.Day, "June 2, 2025", "The works began", DateStatus.Stated, []),
                new(ArticleDate.Parse("2025-W09"), null, DatePrecision.Week, "week 9 of 2025", "The plan was approved", DateStatus.Stated, []),
            ],
        };
        var answerer = new ArticleAnswerer(store);

        var message = Assert.Single(new AnswerRenderer(store).Render(answerer.Answer(answerer.Parse("/timeline"))));

        var body = Assert.Single(message.Embeds).Description!;
        var week = body.IndexOf("• **the week of 24 February 2025**:", StringComparison.Ordinal);
        Assert.InRange(week, 0, body.IndexOf("• **2025-06-02**:", StringComparison.Ordinal) - 1);
        Assert.DoesNotContain("W09", body, StringComparison.Ordinal);
    }
}
