using System.Text.Json;

namespace Bot.Host.Tests.Cli;

/// <summary>What `facts --json` must hold for the shipped article, item by item.</summary>
public sealed class SeedFactsAcceptanceTests
{
    private static readonly Lazy<JsonElement> Facts = new(() =>
    {
        var result = CliRunner.RunAsync("facts", "--json", "--article", RepositoryPaths.Seed).GetAwaiter().GetResult();
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    });

    [Theory]
    [InlineData("2020-04", null, "April 2020", "Elizabeth Kanter")]
    [InlineData("2021-09", "2022-01", "September 2021 to January 2022", "recordings")]
    [InlineData("2022-06", null, "Last month", "BuzzFeed")]
    [InlineData("2022-07-28", null, "Thursday", "survey")]
    [InlineData("2022-07-29", null, "Friday (July 29)", "Bloomberg")]
    public void Timeline_HoldsTheDatedEventWithItsCitation(string date, string? end, string expression, string citedWord)
    {
        var events = Facts.Value.GetProperty("timeline").EnumerateArray().ToList();

        var match = Assert.Single(events, e => e.GetProperty("date").GetString() == date && e.GetProperty("expression").GetString() == expression);
        Assert.Equal(end, match.GetProperty("end").GetString());
        Assert.Contains(match.GetProperty("citations").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains(citedWord, StringComparison.Ordinal));
    }

    [Fact]
    public void Timeline_IsInDateOrderWithTheVagueFutureLast()
    {
        var dates = Facts.Value.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("date").GetString()).ToList();

        var dated = dates.TakeWhile(d => d is not null).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.True(dated.Count >= 5);
        Assert.All(dates.Skip(dated.Count), d => Assert.Null(d));
    }

    [Fact]
    public void PublicationDate_IsInferredWithItsReasoning()
    {
        var article = Facts.Value.GetProperty("article");

        Assert.Equal("2022-07-29", article.GetProperty("published").GetString());
        Assert.Equal("inferred", article.GetProperty("publishedStatus").GetString());
        var reasoning = article.GetProperty("publishedReasoning").GetString()!;
        Assert.Contains("July 29", reasoning, StringComparison.Ordinal);
        Assert.Contains("2022", reasoning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zhao Lijian", "I might want to exhort")]
    [InlineData("Bloomberg", "internal information")]
    [InlineData("BuzzFeed", "recordings of 80 internal TikTok US meetings")]
    [InlineData("Truss", "crack down on Chinese companies")]
    [InlineData("a TikTok spokesperson", "relax its policy on official accounts")]
    [InlineData("TikTok", "stored outside of China")]
    [InlineData("several TikTok employees", "ask China for guidance")]
    [InlineData("a survey", "nearly 60% of Americans")]
    public void Statements_AttributeTheClaimToItsSpeaker(string speaker, string content)
    {
        var statements = Facts.Value.GetProperty("statements").EnumerateArray();

        Assert.Contains(statements, s => s.GetProperty("speaker").GetString() == speaker
            && s.GetProperty("content").GetString()!.Contains(content, StringComparison.Ordinal));
    }

    [Fact]
    public void ZhaoLijiansQuote_IsDirectAndVerbatim()
    {
        var quote = Facts.Value.GetProperty("statements").EnumerateArray()
            .Single(s => s.GetProperty("speaker").GetString() == "Zhao Lijian" && s.GetProperty("direct").GetBoolean());

        var content = quote.GetProperty("content").GetString()!;
        Assert.Contains(content, File.ReadAllText(RepositoryPaths.Seed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Elizabeth Kanter", "person", "head of government relations")]
    [InlineData("Erich Andersen", "person", "global general counsel")]
    [InlineData("Zhao Lijian", "person", "Chinese Foreign Ministry spokesman")]
    [InlineData("Truss", "person", "British Foreign Secretary")]
    [InlineData("ByteDance", "organization", "technology company")]
    public void Entities_CarryTheirRoles(string name, string kind, string role)
    {
        var entity = Facts.Value.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

        Assert.Equal(kind, entity.GetProperty("kind").GetString());
        Assert.Contains(entity.GetProperty("descriptions").EnumerateArray(), d => d.GetString()!.Contains(role, StringComparison.Ordinal));
    }

    [Fact]
    public void KanterAndKantor_AreOnePerson_AndTheSpellingIsFlagged()
    {
        var kanter = Facts.Value.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Elizabeth Kanter");

        Assert.Contains(kanter.GetProperty("aliases").EnumerateArray(), a => a.GetString() == "Kantor");
        Assert.Contains(Facts.Value.GetProperty("inconsistencies").EnumerateArray(), i =>
            i.GetProperty("description").GetString()!.Contains("Kantor", StringComparison.Ordinal) && i.GetProperty("citations").GetArrayLength() == 2);
    }

    [Theory]
    [InlineData("Bloomberg", "outlet")]
    [InlineData("BuzzFeed", "outlet")]
    [InlineData("a survey", "survey")]
    public void Sources_IncludeTheOutletsAndTheSurvey(string name, string kind)
    {
        Assert.Contains(Facts.Value.GetProperty("sources").EnumerateArray(), s => s.GetProperty("name").GetString() == name && s.GetProperty("kind").GetString() == kind);
    }

    [Fact]
    public void NothingIsCitedFromCaptionsOrPageFurniture()
    {
        var cited = Facts.Value.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Array)
            .SelectMany(p => p.Value.EnumerateArray())
            .SelectMany(item => item.GetProperty("citations").EnumerateArray())
            .Select(c => c.GetProperty("text").GetString()!)
            .ToList();

        Assert.NotEmpty(cited);
        Assert.DoesNotContain(cited, t => t.Contains("Smartphone", StringComparison.OrdinalIgnoreCase) && t.Length < 40);
        Assert.DoesNotContain(cited, t => t.Contains("Post a Comment", StringComparison.OrdinalIgnoreCase));
    }
}
