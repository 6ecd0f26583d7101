using Bot.Core.Answering;
using Bot.Core.Facts;
using Bot.Discord.Rendering;
using Bot.Discord.Tests.Fakes;

namespace Bot.Discord.Tests.Rendering;

public sealed class AnswerRendererTests
{
    private readonly AnswerRenderer _renderer = new();

    [Theory]
    [InlineData(3, 2, "¶3 · sentence 2")]
    [InlineData(12, 1, "¶12 · sentence 1")]
    public void FieldName_NamesParagraphAndSentence(int paragraph, int sentence, string expected) =>
        Assert.Equal(expected, AnswerRenderer.FieldName(new Citation(paragraph, sentence, "x")));

    [Fact]
    public void Render_PutsCitationsInFieldsAndArticleInFooter()
    {
        var answer = FakeAnswerer.DefaultAnswer(new BotRequest("who", "Zhao Lijian"));

        var message = Assert.Single(_renderer.Render(answer));

        var embed = Assert.Single(message.Embeds);
        Assert.Equal("/who Zhao Lijian", embed.Title);
        Assert.Equal("Zhao Lijian is a foreign ministry spokesman quoted in paragraph 3.", embed.Description);
        var field = Assert.Single(embed.Fields!);
        Assert.Equal("¶3 · sentence 2", field.Name);
        Assert.Equal("“\"We \\*firmly\\* oppose it,\" said Zhao Lijian, a spokesman. @\u200beveryone”", field.Value);
        Assert.Equal("Invisible Accounts · Test Outlet · 2022-07-29", embed.Footer!.Text);
        Assert.Equal(AnswerRenderer.SourcesButtonId, message.Components![0].Components![0].CustomId);
    }

    [Fact]
    public void Render_ListsItemsAndDeduplicatesTheirCitations()
    {
        var citation = new Citation(5, 1, "He said it.");
        var answer = new Answer(AnswerKind.WhoSaid, "/who said it", true, "Two people said it.",
            [new AnswerItem("Ann", "said it first", [citation]), new AnswerItem("Bob", "repeated it", [citation, new Citation(6, 2, "Bob agreed.")])],
            [citation]);

        var embed = Assert.Single(Assert.Single(_renderer.Render(answer)).Embeds);

        Assert.Equal("Two people said it.\n• **Ann**: said it first\n• **Bob**: repeated it", embed.Description);
        Assert.Equal(["¶5 · sentence 1", "¶6 · sentence 2"], embed.Fields!.Select(f => f.Name));
    }

    [Fact]
    public void Render_SourcesAnswerHasNoSourcesButton()
    {
        var answer = new Answer(AnswerKind.Sources, "/sources", true, "The article relies on a survey.", [], []);

        Assert.Null(Assert.Single(_renderer.Render(answer)).Components);
    }

    [Fact]
    public void Render_EmptyAnswerStillMakesAValidEmbed()
    {
        var answer = new Answer(AnswerKind.NotFound, " ", false, "", [], []);

        var embed = Assert.Single(Assert.Single(_renderer.Render(answer)).Embeds);

        Assert.Null(embed.Title);
        Assert.Equal("(no answer)", embed.Description);
        Assert.Null(embed.Fields);
    }

    [Fact]
    public void Render_WithoutArticleHasNoFooter()
    {
        var answer = FakeAnswerer.DefaultAnswer(new BotRequest("about", "")) with { Article = null };

        var embed = Assert.Single(Assert.Single(_renderer.Render(answer)).Embeds);

        Assert.Null(embed.Footer);
    }

    [Theory]
    [InlineData("Invisible Accounts", null, "2022-07-29", "Invisible Accounts · 2022-07-29")]
    [InlineData("Invisible Accounts", "Test Outlet", null, "Invisible Accounts · Test Outlet")]
    [InlineData(" Invisible Accounts ", " ", null, "Invisible Accounts")]
    public void Render_FooterIsTheAnswersArticleHeading(string title, string? outlet, string? date, string expected)
    {
        var answer = FakeAnswerer.DefaultAnswer(new BotRequest("about", "")) with { Article = new ArticleHeading(title, outlet, date) };

        var embed = Assert.Single(Assert.Single(_renderer.Render(answer)).Embeds);

        Assert.Equal(expected, embed.Footer!.Text);
    }

    [Fact]
    public void Render_SplitsAHugeAnswerWithinEveryDiscordLimit()
    {
        var longText = string.Join(' ', Enumerable.Range(0, 2500).Select(i => $"Sentence {i} is *here*."));
        var citations = Enumerable.Range(1, 70).Select(i => new Citation(i, 1, new string('x', 1500) + " @here")).ToList();
        var answer = new Answer(AnswerKind.General, new string('q', 400), true, longText, [], citations, FakeAnswerer.Article);

        var messages = _renderer.Render(answer);

        Assert.True(messages.Count > 1);
        foreach (var message in messages)
        {
            Assert.InRange(message.Embeds.Count, 1, DiscordLimits.EmbedsPerMessage);
            var total = message.Embeds.Sum(e => (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Text.Length ?? 0)
                + (e.Fields ?? []).Sum(f => f.Name.Length + f.Value.Length));
            Assert.InRange(total, 1, DiscordLimits.EmbedTotal);
            foreach (var embed in message.Embeds)
            {
                Assert.InRange(embed.Title?.Length ?? 0, 0, DiscordLimits.EmbedTitle);
                Assert.InRange(embed.Description?.Length ?? 0, 0, DiscordLimits.EmbedDescription);
                Assert.InRange(embed.Fields?.Count ?? 0, 0, DiscordLimits.EmbedFields);
                Assert.All(embed.Fields ?? [], f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
            }
        }

        var all = messages.SelectMany(m => m.Embeds).ToList();
        Assert.Equal(70, all.Sum(e => e.Fields?.Count ?? 0));
        Assert.Equal(longText.Replace("*", "\\*", StringComparison.Ordinal), string.Join(' ', all.Select(e => e.Description).OfType<string>()));
        Assert.NotNull(all[^1].Footer);
        Assert.Single(all, e => e.Footer is not null);
        Assert.DoesNotContain(all.SelectMany(e => e.Fields ?? []), f => f.Value.Contains("@here", StringComparison.Ordinal));
    }
}
