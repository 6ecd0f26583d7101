using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Facts;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Slack.Tests.Rendering;

public sealed class WeekTimelineRenderTests
{
    [Fact]
    public async Task Render_Timeline_ListsAnIsoWeekByItsMondayBeforeLaterDays()
    {
        var facts = new ArticleFacts(
            new ArticleDocument("test.txt", "Harbour Works", new ArticleMetadata("Harbour Works", "Test Outlet"), []),
            new PublicationDate(ArticleDate.Parse("2025-06-02"), DateStatus.Stated, "stated in the byline"),
            [],
            [],
            [
                new(ArticleDate.Parse("2025-06-02"), null, DatePrecision.Day, "June 2, 2025", "The works began", DateStatus.Stated, []),
                new(ArticleDate.Parse("2025-W09"), null, DatePrecision.Week, "week 9 of 2025", "The plan was approved", DateStatus.Stated, []),
            ],
            [],
            []);
        var answerer = new CommandRouter(new FactStore(facts), new LexicalQuestionAnswerer(), NullLogger<CommandRouter>.Instance);

        var message = AnswerRenderer.Render(await answerer.AnswerAsync(RequestParser.Parse("/timeline")), new RenderOptions("/article timeline"));

        var all = JsonSerializer.SerializeToElement(new ResponseMessage("ephemeral", message.Text, message.Blocks), SlackJsonContext.Default.ResponseMessage).GetRawText();
        var week = all.IndexOf("*the week of 24 February 2025*", StringComparison.Ordinal);
        Assert.InRange(week, 0, all.IndexOf("*2025-06-02*", StringComparison.Ordinal) - 1);
        Assert.DoesNotContain("W09", all, StringComparison.Ordinal);
    }
}
