using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Facts;
using Bot.Discord.Rendering;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Discord.Tests.Rendering;

public sealed class WeekTimelineRenderTests
{
    [Fact]
    public async Task Render_Timeline_ListsAnIsoWeekByItsMondayBeforeLaterDays()
    {
        var facts = new ArticleFacts(
            new ArticleDocument("test.txt", "Invisible Accounts", new ArticleMetadata("Invisible Accounts", "Test Outlet"), []),
            new PublicationDate(ArticleDate.Parse("2022-07-29"), DateStatus.Stated, "stated in the byline"),
            [], [], [], [], [])
        {
            Timeline =
            [
                new(ArticleDate.Parse("2025-06-02"), null, DatePrecision.Day, "June 2, 2025", "The works began", DateStatus.Stated, []),
                new(ArticleDate.Parse("2025-W09"), null, DatePrecision.Week, "week 9 of 2025", "The plan was approved", DateStatus.Stated, []),
            ],
        };
        var answerer = new CommandRouter(new FactStore(facts), new LexicalQuestionAnswerer(), NullLogger<CommandRouter>.Instance);

        var message = Assert.Single(new AnswerRenderer().Render(await answerer.AnswerAsync(RequestParser.Parse("/timeline"))));

        var body = Assert.Single(message.Embeds).Description!;
        var week = body.IndexOf("• **the week of 24 February 2025**:", StringComparison.Ordinal);
        Assert.InRange(week, 0, body.IndexOf("• **2025-06-02**:", StringComparison.Ordinal) - 1);
        Assert.DoesNotContain("W09", body, StringComparison.Ordinal);
    }
}
