using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Attribution;

public sealed class StatementExtractorTests
{
    [Fact]
    public void Extract_JoinsAQuoteOpenedInOneSentenceAndClosedInALaterOne()
    {
        var statement = Assert.Single(Extract("The mayor said: \"We are ready. The bridge opens in May.\""));
        Assert.Equal("the mayor", statement.Speaker);
        Assert.Equal("We are ready. The bridge opens in May.", statement.Content);
        Assert.True(statement.Direct);
        Assert.Equal([1, 2], statement.Citations.Select(c => c.Sentence));
    }

    [Fact]
    public void Extract_ContinuesAQuoteInTheNextSentenceWithTheSameSpeaker()
    {
        var statement = Assert.Single(Extract("\"We are ready,\" the mayor said. \"The bridge opens in May.\""));
        Assert.Equal("We are ready ... The bridge opens in May.", statement.Content);
        Assert.True(statement.Direct);
    }

    [Fact]
    public void Extract_ContinuesAQuoteAfterASpeakerWithAParticiple()
    {
        var statements = Extract("\"We are ready,\" the mayor said, calling the repairs overdue. \"The bridge opens in May.\"");
        var said = Assert.Single(statements, s => s.Content.StartsWith("We are ready", StringComparison.Ordinal));
        Assert.Equal("We are ready ... The bridge opens in May.", said.Content);
    }

    [Fact]
    public void Extract_ContinuesAQuoteThatRunsThroughMostOfTheNextSentence()
    {
        var statement = Assert.Single(Extract("\"We are ready,\" the mayor said. \"The bridge opens in May, and the ferry stops\" in June."));
        Assert.Equal("the mayor", statement.Speaker);
        Assert.EndsWith("in June.", statement.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Officials said the suspect allegedly fled the country.", "Officials", Stance.Hedged)]
    [InlineData("Officials said the suspect fled the country.", "Officials", Stance.Attributed)]
    [InlineData("The suspect reportedly fled the country.", StatementExtractor.ArticleVoice, Stance.Hedged)]
    [InlineData("The company is said to have lost money.", StatementExtractor.ArticleVoice, Stance.Hedged)]
    [InlineData("The agency is suspected of spying on users.", StatementExtractor.ArticleVoice, Stance.Hedged)]
    public void Extract_MarksHedges(string sentence, string speaker, Stance stance)
    {
        var statement = Assert.Single(Extract(sentence));
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(stance, statement.Stance);
    }

    [Fact]
    public void Extract_AssertsNothingForAPlainSentence() => Assert.Empty(Extract("The bridge reopened in May."));

    [Theory]
    [InlineData("Jane Smith said the plan failed. She said it would be dropped.", "Jane Smith")]
    [InlineData("The plan failed, said Jane Smith, who said it would be dropped.", "Jane Smith")]
    public void Extract_ResolvesPronounsToTheLastNamedSpeaker(string text, string speaker) =>
        Assert.All(Extract(text), s => Assert.Equal(speaker, s.Speaker));

    [Theory]
    [InlineData("US news website City Daily reported that the mayor resigned.", "City Daily")]
    [InlineData("British Foreign Secretary Jane Smith vowed to act.", "Jane Smith")]
    [InlineData("A city spokesperson said the roads were closed.", "a city spokesperson")]
    [InlineData("The \"internal report\" seen by reporters showed that costs rose.", "the internal report")]
    public void Extract_KeepsTheSpeakerAsWrittenWithoutEntities(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract(sentence)).Speaker);

    [Fact]
    public void Extract_ResolvesSpeakerToAnEntityBySurname()
    {
        Entity[] entities = [new("Jane Smith", EntityKind.Person, ["Smith"], ["mayor"], [])];
        var statement = Assert.Single(StatementExtractor.Extract(Article("Smith told reporters that the roads were closed."), entities));
        Assert.Equal("Jane Smith", statement.Speaker);
        Assert.Equal("the roads were closed", statement.Content);
        Assert.Equal("told", statement.Verb);
    }

    [Fact]
    public void Extract_ReadsATranscriptLabelAsTheSpeaker()
    {
        var statement = Assert.Single(Extract("SMITH: We will not back down. The plan stays."));
        Assert.Equal("SMITH", statement.Speaker);
        Assert.Equal("said", statement.Verb);
        Assert.Equal("We will not back down. The plan stays.", statement.Content);
    }

    [Fact]
    public void Extract_ChecksQuotesWordForWord()
    {
        var statement = Assert.Single(Extract("“Prices will fall,” the minister said."));
        Assert.True(statement.Direct);
        Assert.Equal("Prices will fall", statement.Content);
        Assert.Contains(statement.Content, statement.Citations[0].Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Statement> Extract(string body) => StatementExtractor.Extract(Article(body), []);

    private static ArticleDocument Article(string body) => ArticleLoader.Parse("Title\n\n" + body, "test.txt");
}
