using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Attribution;

/// <summary>The shipped article: who said what, found by the general rules alone (no entities given).</summary>
public sealed class SeedStatementTests
{
    private static readonly Lazy<IReadOnlyList<Statement>> Statements = new(() => StatementExtractor.Extract(RepoFiles.Seed(), []));

    [Fact]
    public void Extract_FindsZhaoLijiansDirectQuote()
    {
        var quote = Assert.Single(Statements.Value, s => s.Speaker == "Zhao Lijian" && s.Direct);
        Assert.Equal("said", quote.Verb);
        Assert.StartsWith("I might want to exhort", quote.Content, StringComparison.Ordinal);
        Assert.EndsWith("domestic problems.", quote.Content, StringComparison.Ordinal);
        var cited = string.Join(' ', quote.Citations.Select(c => c.Text));
        Assert.Contains(quote.Content, cited, StringComparison.Ordinal);
        Assert.StartsWith("Zhao Lijian said at a customary public interview", cited, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FindsZhaosCriticismOfTrussInThePassive()
    {
        var criticism = Assert.Single(Statements.Value, s => s.Verb == "criticized");
        Assert.Equal("Zhao Lijian", criticism.Speaker);
        Assert.Equal("Truss's remarks", criticism.Content);
    }

    [Theory]
    [InlineData("Bloomberg", "reported", "\"internal information\" seen by Bloomberg reporters revealed")]
    [InlineData("Bloomberg", "reported", "The information shows that several top executives")]
    [InlineData("BuzzFeed", "revealed", "it had exclusive access to recordings of 80 internal TikTok US meetings")]
    [InlineData("Truss", "vowed", "to crack down on Chinese companies")]
    [InlineData("a TikTok spokesperson", "downplayed", "the matter")]
    [InlineData("a TikTok spokesperson", "calling", "it an informal request")]
    [InlineData("a TikTok spokesperson", "said", "the company is preparing to relax its policy")]
    [InlineData("TikTok", "said", "US users' data has always been stored outside of China")]
    [InlineData("TikTok", "promised", "TikTok's overseas operations will remain independent")]
    [InlineData("several TikTok employees", "mentioned", "engineers in mainland China had access")]
    [InlineData("several TikTok employees", "acknowledged", "U.S. TikTok employees must ask China for guidance")]
    [InlineData("a survey", "found", "nearly 60% of Americans support the removal of TikTok")]
    [InlineData("the recordings", "show", "several TikTok employees mentioned")]
    [InlineData("an internal report", "showed", "China's government department in charge of public relations")]
    [InlineData("the report", "was", "a Chinese government agency was interested")]
    public void Extract_FindsWhoSaidWhat(string speaker, string verb, string contentStart)
    {
        Assert.Contains(Statements.Value, s => s.Speaker == speaker && s.Verb == verb
            && s.Content.StartsWith(contentStart, StringComparison.Ordinal) && s.Stance == Stance.Attributed && !s.Direct);
    }

    [Fact]
    public void Extract_KeepsTheChainWhenBloombergQuotesASpokesperson()
    {
        var quoted = Assert.Single(Statements.Value, s => s.Via is not null);
        Assert.Equal("a spokesperson", quoted.Speaker);
        Assert.Equal("Bloomberg", quoted.Via);
        Assert.StartsWith("TikTok has regulations prohibiting \"coordinated inauthentic behavior,\"", quoted.Content, StringComparison.Ordinal);
        Assert.False(quoted.Direct);
    }

    [Fact]
    public void Extract_MarksTheSuspicionWithoutSourceAsHedgedArticleVoice()
    {
        var hedged = Assert.Single(Statements.Value, s => s.Stance == Stance.Hedged);
        Assert.Equal(StatementExtractor.ArticleVoice, hedged.Speaker);
        Assert.Equal("suspected", hedged.Verb);
        Assert.StartsWith("The Chinese government is suspected of using this software", hedged.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CitesExactSentencesOfTheArticle()
    {
        var article = RepoFiles.Seed();
        foreach (var statement in Statements.Value)
        {
            foreach (var citation in statement.Citations)
            {
                Assert.Equal(article.FindSentence(citation.Paragraph, citation.Sentence)?.Text, citation.Text);
            }
        }
    }

    [Fact]
    public void Extract_ResolvesSpeakersToEntitiesWhenGiven()
    {
        Entity[] entities =
        [
            new("Zhao Lijian", EntityKind.Person, ["Zhao"], ["Chinese Foreign Ministry spokesman"], []),
            new("Liz Truss", EntityKind.Person, ["Truss"], ["British Foreign Secretary"], []),
            new("BuzzFeed", EntityKind.Organization, [], ["US news website"], []),
        ];
        var statements = StatementExtractor.Extract(RepoFiles.Seed(), entities);
        Assert.Contains(statements, s => s.Speaker == "Liz Truss" && s.Verb == "vowed");
        Assert.Contains(statements, s => s.Speaker == "Zhao Lijian" && s.Verb == "criticized");
        Assert.Contains(statements, s => s.Speaker == "BuzzFeed" && s.Verb == "revealed");
        Assert.Contains(statements, s => s.Speaker == "a TikTok spokesperson" && s.Verb == "downplayed");
    }
}
