using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Facts;
using Bot.Host.Cli;
using Bot.Host.Json;

namespace Bot.Host.Tests.Cli;

public sealed class FactsTextWriterTests
{
    [Fact]
    public void Write_ShowsAnIsoWeekAsItsMondayInStartOrder()
    {
        using var output = new StringWriter();

        FactsTextWriter.Write(Facts(), output);

        var text = output.ToString();
        var week = text.IndexOf("- the week of 24 February 2025 (", StringComparison.Ordinal);
        Assert.InRange(week, 0, text.IndexOf("- 2025-06-02 (", StringComparison.Ordinal) - 1);
        Assert.Contains("Published: 2025-06-02 (stated)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FactsJson_KeepsTheTimexValues()
    {
        var json = JsonSerializer.SerializeToElement(FactsDocument.From(Facts()), HostJson.Context.FactsDocument);

        Assert.Equal("2025-06-02", json.GetProperty("article").GetProperty("published").GetString());
        Assert.Equal(["2025-W09", "2025-06-02"], json.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("date").GetString()));
        Assert.Equal("week", json.GetProperty("timeline")[0].GetProperty("precision").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("timeline")[0].GetProperty("end").ValueKind);
    }

    private static ArticleFacts Facts() => new(
        new ArticleDocument("test.txt", "Harbour Works", new ArticleMetadata("Harbour Works", "Test Outlet"), []),
        new PublicationDate(ArticleDate.Parse("2025-06-02"), DateStatus.Stated, "stated in the byline"),
        [],
        [],
        [
            new(ArticleDate.Parse("2025-W09"), null, DatePrecision.Week, "last week", "The plan was approved", DateStatus.Inferred, []),
            new(ArticleDate.Parse("2025-06-02"), null, DatePrecision.Day, "June 2, 2025", "The works began", DateStatus.Stated, []),
        ],
        [],
        []);
}
