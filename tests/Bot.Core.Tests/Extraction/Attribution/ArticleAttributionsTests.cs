using Bot.Core.Articles;
using Bot.Core.Extraction.Attribution;

namespace Bot.Core.Tests.Extraction.Attribution;

public sealed class ArticleAttributionsTests
{
    [Fact]
    public void A_verb_before_a_colon_that_ends_its_paragraph_reports_the_next_paragraph()
    {
        var article = ArticleLoader.Parse(
            "Harbour Plan\n\nThe mayor spoke to the council on Monday. The mayor added:\n\nThe harbour will reopen in May, and the ferries will run again.\n\nThe council voted later.",
            "harbour.txt");

        var added = Assert.Single(ArticleAttributions.Find(article), a => a.CueText == "added");

        Assert.Equal("The mayor", added.SourceText);
        Assert.Equal(["The harbour will reopen in May, and the ferries will run again."], added.ContentTexts);
    }

    [Fact]
    public void A_verb_before_a_colon_with_nothing_after_it_reports_nothing()
    {
        var article = ArticleLoader.Parse("Harbour Plan\n\nThe council met on Monday. The mayor added:", "harbour.txt");

        Assert.DoesNotContain(ArticleAttributions.Find(article), a => a.CueText == "added");
    }
}
