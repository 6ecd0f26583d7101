using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds who said what by general rules of attribution.</summary>
public static class StatementExtractor
{
    public static IReadOnlyList<Statement> Extract(ArticleDocument article, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(entities);
        return [];
    }
}
