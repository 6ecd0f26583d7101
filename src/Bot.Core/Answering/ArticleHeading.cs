using System.Globalization;
using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>The article an answer is about, as renderers show it in a footer or a banner.</summary>
/// <param name="Title">The article's title.</param>
/// <param name="Outlet">The publisher, when the file names one.</param>
/// <param name="Date">The publication date as an ISO date: the resolved one, else the metadata's, else null.</param>
public sealed record ArticleHeading(string Title, string? Outlet, string? Date)
{
    /// <summary>The heading of a fact snapshot's article.</summary>
    public static ArticleHeading Of(ArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var metadata = facts.Article.Metadata;
        var date = facts.Published.Date?.ToString() ?? metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ArticleHeading(facts.Article.Title, string.IsNullOrWhiteSpace(metadata.Outlet) ? null : metadata.Outlet, date);
    }
}
