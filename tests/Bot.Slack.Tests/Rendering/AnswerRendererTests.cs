using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Facts;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;

namespace Bot.Slack.Tests.Rendering;

public class AnswerRendererTests
{
    private static readonly Citation Cited = new(3, 2, "Zhao Lijian said the report was fake.");

    [Fact]
    public void Render_PutsCitationsInAContextBlockWithParagraphAndSentence()
    {
        var answer = new Answer(AnswerKind.WhoIs, "who Zhao", true, "Zhao Lijian is a spokesman.", [], [Cited]);
        var json = Serialize(AnswerRenderer.Render(answer, new RenderOptions("/article who Zhao")));

        var blocks = json.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal("context", blocks[0].GetProperty("type").GetString());
        Assert.Equal("_Asked:_ /article who Zhao", blocks[0].GetProperty("elements")[0].GetProperty("text").GetString());
        Assert.Equal("section", blocks[1].GetProperty("type").GetString());
        Assert.Equal("Zhao Lijian is a spokesman.", blocks[1].GetProperty("text").GetProperty("text").GetString());
        var citation = blocks.Single(b => b.GetProperty("type").GetString() == "context"
            && b.GetProperty("elements")[0].GetProperty("text").GetString()!.StartsWith('¶'));
        Assert.Equal("¶3.2 “Zhao Lijian said the report was fake.”", citation.GetProperty("elements")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Render_AddsAShareButtonCarryingTheRequest()
    {
        var answer = new Answer(AnswerKind.WhoIs, "who Zhao", true, "An answer.", [], [Cited]);
        var json = Serialize(AnswerRenderer.Render(answer, new RenderOptions(Share: new ShareValue("who", "Zhao", "/article who Zhao"))));

        var actions = json.GetProperty("blocks").EnumerateArray().Last();
        Assert.Equal("actions", actions.GetProperty("type").GetString());
        var button = actions.GetProperty("elements")[0];
        Assert.Equal("button", button.GetProperty("type").GetString());
        Assert.Equal(AnswerRenderer.ShareActionId, button.GetProperty("action_id").GetString());
        var share = JsonSerializer.Deserialize(button.GetProperty("value").GetString()!, SlackJsonContext.Default.ShareValue);
        Assert.Equal(new ShareValue("who", "Zhao", "/article who Zhao"), share);
    }

    [Theory]
    [InlineData("<!channel>")]
    [InlineData("<!here>")]
    [InlineData("<!everyone>")]
    [InlineData("<!subteam^S1>")]
    public void Render_NeverProducesABroadcastFromArticleOrUserText(string broadcast)
    {
        var evil = new Citation(1, 1, "Quote " + broadcast + " end");
        var answer = new Answer(AnswerKind.General, broadcast, true, "Text " + broadcast,
            [new AnswerItem(broadcast, "item " + broadcast, [evil], null)], [evil], new ArticleHeading(broadcast, broadcast, null));
        var message = AnswerRenderer.Render(answer, new RenderOptions(broadcast, new ShareValue("ask", broadcast, broadcast)));
        var json = JsonSerializer.SerializeToElement(new ResponseMessage("ephemeral", message.Text, message.Blocks), SlackJsonContext.Default.ResponseMessage);

        // Every string Slack would render as markup; the button's value is data, never rendered.
        var rendered = Strings(json, "value").ToList();
        Assert.DoesNotContain(rendered, s => s.Contains("<!", StringComparison.Ordinal));
        Assert.Contains(rendered, s => s.Contains("&lt;!", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_KeepsSlacksLimitsAndSaysThereIsMore()
    {
        var items = Enumerable.Range(1, 400).Select(i =>
            new AnswerItem($"Event {i}", new string('x', 300) + $" number {i}.", [new Citation(i, 1, $"Sentence {i} " + new string('y', 200))], null)).ToList();
        var answer = new Answer(AnswerKind.Timeline, "timeline", true, "The article's events.", items, [], new ArticleHeading("Title", null, null));
        var message = AnswerRenderer.Render(answer, new RenderOptions("/article timeline", new ShareValue("timeline", "", "/article timeline")));

        Assert.True(message.Blocks.Count <= SlackLimits.MaxBlocks);
        Assert.All(message.Blocks.OfType<SectionBlock>(), s => Assert.True(s.Text.Text.Length <= SlackLimits.MaxSectionText));
        Assert.All(message.Blocks.OfType<ContextBlock>(), c => Assert.True(c.Elements.Count <= SlackLimits.MaxContextElements));
        Assert.Contains(message.Blocks.OfType<ContextBlock>(), c => c.Elements[0].Text.Contains("more in the article", StringComparison.Ordinal));
        Assert.IsType<ActionsBlock>(message.Blocks[^1]);
        Assert.Contains(message.Blocks.OfType<ContextBlock>(), c => c.Elements[0].Text.StartsWith("¶1.1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Invisible Accounts", "Bloomberg", "From Invisible Accounts (Bloomberg)")]
    [InlineData("Invisible Accounts", null, "From Invisible Accounts")]
    [InlineData("AT&T <b>", " ", "From AT&amp;T &lt;b&gt;")]
    public void Render_FooterNamesTheAnswersArticle(string title, string? outlet, string expected)
    {
        var answer = new Answer(AnswerKind.General, "q", true, "Text.", [], [], new ArticleHeading(title, outlet, "2022-07-29"));

        var message = AnswerRenderer.Render(answer, new RenderOptions());

        Assert.Contains(message.Blocks.OfType<ContextBlock>(), c => c.Elements[0].Text == expected);
    }

    [Fact]
    public void Render_AnswerWithoutArticleHasNoFooter()
    {
        var message = AnswerRenderer.Render(new Answer(AnswerKind.General, "q", true, "Text.", [], []), new RenderOptions());

        Assert.DoesNotContain(message.Blocks.OfType<ContextBlock>(), c => c.Elements[0].Text.StartsWith("From ", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SplitsALongAnswerAtSentenceEnds()
    {
        var text = string.Concat(Enumerable.Range(1, 200).Select(i => $"Sentence number {i} is here. "));
        var answer = new Answer(AnswerKind.General, "q", true, text, [], [Cited]);
        var message = AnswerRenderer.Render(answer, new RenderOptions());

        var sections = message.Blocks.OfType<SectionBlock>().Select(s => s.Text.Text).ToList();
        Assert.True(sections.Count >= 2);
        Assert.All(sections, s => Assert.True(s.Length <= SlackLimits.MaxSectionText));
        Assert.All(sections[..^1], s => Assert.EndsWith(".", s, StringComparison.Ordinal));
        Assert.Equal(text.Trim(), string.Join(' ', sections));
        Assert.DoesNotContain(message.Blocks.OfType<ContextBlock>(), c => c.Elements[0].Text.Contains("more in the article", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ShowsTheArticleDoesNotSayWhenTheCoreHasNoText()
    {
        var answer = new Answer(AnswerKind.NotFound, "q", false, "", [], []);
        var message = AnswerRenderer.Render(answer, new RenderOptions());
        Assert.Equal("The article doesn't say.", message.Text);
    }

    [Theory]
    [InlineData("abc def", 3, new[] { "abc", "def" })]
    [InlineData("line one\nline two", 12, new[] { "line one", "line two" })]
    [InlineData("aaaaaaaaaa", 4, new[] { "aaaa", "aaaa", "aa" })]
    [InlineData("x &amp; y", 5, new[] { "x", "&amp;", "y" })]
    [InlineData("abcd&amp;", 6, new[] { "abcd", "&amp;" })]
    public void Split_CutsAtBoundaries(string text, int max, string[] expected) =>
        Assert.Equal(expected, AnswerRenderer.Split(text, max));

    private static IEnumerable<string> Strings(JsonElement element, string skipProperty) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Strings(e, skipProperty)),
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != skipProperty).SelectMany(p => Strings(p.Value, skipProperty)),
        _ => [],
    };

    private static JsonElement Serialize(RenderedMessage message) =>
        JsonSerializer.SerializeToElement(new ResponseMessage("ephemeral", message.Text, message.Blocks), SlackJsonContext.Default.ResponseMessage);
}
