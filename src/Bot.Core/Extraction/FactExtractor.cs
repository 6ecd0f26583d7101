using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Turns a loaded article into its facts. Pure: the same article gives the same facts.</summary>
public static class FactExtractor
{
    public static ArticleFacts Extract(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var published = PublicationDateResolver.Resolve(article);
        var entities = EntityExtractor.Extract(article);
        var statements = StatementExtractor.Extract(article, entities.Entities);
        var timeline = TimelineExtractor.Extract(article, published);
        var sources = SourceExtractor.Extract(article, entities.Entities, statements);
        return new ArticleFacts(article, published, entities.Entities, statements, timeline, sources, entities.Inconsistencies);
    }
}
