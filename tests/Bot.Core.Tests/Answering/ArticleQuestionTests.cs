using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class ArticleQuestionTests
{
    private readonly CommandRouter _answerer = SampleFacts.Answerer();

    private Answer Ask(string question) => _answerer.Answer(BotRequest.Question(question));

    [Theory]
    [InlineData("What is this article about?")]
    [InlineData("what's the story about")]
    [InlineData("Summarize the article")]
    public void AboutTheArticle_GivesTitleAndOpeningSentencesCited(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Found);
        Assert.Contains("Harbour Plan Draws Fire", answer.Text, StringComparison.Ordinal);
        Assert.Contains("approved the harbour plan", answer.Text, StringComparison.Ordinal);
        Assert.Equal((1, 1), (answer.Citations[0].Paragraph, answer.Citations[0].Sentence));
    }

    [Theory]
    [InlineData("When was the article published?")]
    [InlineData("What is the publication date?")]
    public void WhenPublished_GivesDateAndReasoning(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerKind.When, answer.Kind);
        Assert.Contains("2024-03-05 (inferred)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("fell on a Monday", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoIsQuoted_ListsSpeakersWithCitations()
    {
        var answer = Ask("Who is quoted in the article?");

        Assert.Equal(["Daily Tide", "Ana Costa", "A council spokesperson", "A survey by Coastline Research"], answer.Items.Select(i => i.Label));
        Assert.Contains("quoted directly", answer.Items[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoWroteIt_WithNoAuthorInMetadata_IsNotFound()
    {
        var answer = Ask("Who wrote the article?");

        Assert.False(answer.Found);
        Assert.StartsWith("The article doesn't say who wrote it", answer.Text, StringComparison.Ordinal);
    }
}
