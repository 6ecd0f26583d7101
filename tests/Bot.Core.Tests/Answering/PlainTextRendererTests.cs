using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

public sealed class PlainTextRendererTests
{
    private static readonly Citation First = new(3, 2, "The first sentence.");
    private static readonly Citation Second = new(4, 1, "The second sentence.");

    [Fact]
    public void Render_NumbersCitationsAfterTextAndItems()
    {
        var answer = new Answer(AnswerKind.Timeline, "/timeline", true, "Two events:",
            [new AnswerItem("2022", "One.", [First]), new AnswerItem("2023", "Two.", [Second])], [First, Second]);

        Assert.Equal(
            "Two events:\n  - 2022: One. [1]\n  - 2023: Two. [2]\n[1] ¶3.2 “The first sentence.”\n[2] ¶4.1 “The second sentence.”\n",
            PlainTextRenderer.Render(answer));
    }

    [Fact]
    public void Render_ItemCitationMissingFromAnswer_IsAppendedAndNumbered()
    {
        var answer = new Answer(AnswerKind.NotFound, "q", false, "The article doesn't say.", [new AnswerItem("Related", "x", [Second])], []);

        Assert.EndsWith("  - Related: x [1]\n[1] ¶4.1 “The second sentence.”\n", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TimelineDetails_ShowWrittenAndResolved()
    {
        var details = new Dictionary<string, string> { ["written"] = "last month", ["resolved"] = "2022-06", ["status"] = "inferred" };
        var answer = new Answer(AnswerKind.Timeline, "/timeline", true, "One event:", [new AnswerItem("2022-06", "It happened.", [First], details)], [First]);

        Assert.Contains("It happened. (written: last month; resolved: 2022-06; status: inferred) [1]", PlainTextRenderer.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoItemsNoCitations_IsJustTheText()
    {
        Assert.Equal("Hello.\n", PlainTextRenderer.Render(new Answer(AnswerKind.Help, "/help", true, "Hello.", [], [])));
    }
}
