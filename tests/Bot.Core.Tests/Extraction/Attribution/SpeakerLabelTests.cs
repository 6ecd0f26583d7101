using Bot.Core.Articles;
using Bot.Core.Extraction.Attribution;

namespace Bot.Core.Tests.Extraction.Attribution;

public sealed class SpeakerLabelTests
{
    [Fact]
    public void A_transcript_that_quotes_each_paragraph_still_names_each_speaker()
    {
        var article = ArticleLoader.Parse(
            "Harbour Talks Resume\n\nPartial transcript:\n\n\"BRANDT: Will the strike end this week?\n\n\"OYELOWO: Well, look, the dockers want a fair deal and they will get one.",
            "transcript.txt");

        var labelled = ArticleAttributions.Find(article).Where(a => !a.Nested && a.CueText == ":").ToList();

        Assert.Equal(["BRANDT", "OYELOWO"], labelled.Select(a => a.SourceText));
        Assert.StartsWith("Well, look, the dockers", labelled[1].ContentTexts[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ferry Fares Will Not Rise, Minister Says\n\nSeattle: a city of ferries. The minister spoke on Monday.")]
    [InlineData("Ferries and Fares\n\nOkonkwo: Fares Will Not Rise.")]
    public void A_colon_label_needs_a_transcript_or_a_quotation(string text)
    {
        var article = ArticleLoader.Parse(text, "plain.txt");

        Assert.DoesNotContain(ArticleAttributions.Find(article), a => a.CueText == ":");
    }
}
