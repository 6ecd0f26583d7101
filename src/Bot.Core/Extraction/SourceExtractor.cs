using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds who and what the article relies on.</summary>
public static class SourceExtractor
{
    public static IReadOnlyList<Source> Extract(ArticleDocument article, IReadOnlyList<Entity> entities, IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(statements);
        return [];
    }
}
