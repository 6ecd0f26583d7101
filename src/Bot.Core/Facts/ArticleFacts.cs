using Bot.Core.Articles;

namespace Bot.Core.Facts;

/// <summary>Everything extracted from one article: an immutable snapshot.</summary>
public sealed record ArticleFacts(
    ArticleDocument Article,
    PublicationDate Published,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Inconsistency> Inconsistencies);
