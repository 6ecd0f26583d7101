using Bot.Core.Facts;

namespace Bot.Host.Json;

/// <summary>The one object `facts --json` prints.</summary>
internal sealed record FactsDocument(
    ArticleSummary Article,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Inconsistency> Inconsistencies)
{
    public static FactsDocument From(ArticleFacts facts)
    {
        var article = facts.Article;
        var summary = new ArticleSummary(
            article.Title,
            article.Metadata.Outlet,
            article.Metadata.Url,
            article.Metadata.Author,
            facts.Published.Date?.ToString(),
            facts.Published.Status.ToString().ToLowerInvariant(),
            facts.Published.Reasoning,
            article.Paragraphs.Count);
        return new FactsDocument(summary, facts.Entities, facts.Statements, facts.Timeline, facts.Sources, facts.Inconsistencies);
    }
}
