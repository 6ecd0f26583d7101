using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds time expressions, resolves them against the publication date and orders the events.</summary>
public static class TimelineExtractor
{
    public static IReadOnlyList<TimelineEvent> Extract(ArticleDocument article, PublicationDate published)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(published);
        return [];
    }
}
