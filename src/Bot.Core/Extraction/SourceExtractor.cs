using Bot.Core.Articles;
using Bot.Core.Extraction.Sourcing;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds who and what the article relies on.</summary>
public static class SourceExtractor
{
    /// <summary>One source per real-world speaker (and per reporter in a quoting chain), merged across its name,
    /// titles and descriptions, in order of first citation, each with the claims it backs and the positions it takes.
    /// Occasions such as press conferences are where things were said, so they are no sources.</summary>
    public static IReadOnlyList<Source> Extract(ArticleDocument article, IReadOnlyList<Entity> entities, IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(statements);
        var describer = new SourceDescriber(article);
        // The words around the name ("the port's operations director, Ines Varga,") say more than a later
        // "the director" merged into the same source, so the describer comes before the titles.
        string Describe(SourceGroup g) =>
            g.Entity?.Descriptions.FirstOrDefault()
            ?? NonEmpty(describer.Describe(g.Name, FirstCited(g.Statements)))
            ?? g.Titles.FirstOrDefault(t => t.Length > 0 && !string.Equals(t, g.Name, StringComparison.Ordinal))
            ?? string.Empty;

        var sources = new List<Source>();
        foreach (var group in SourceMerger.Group(entities, statements, Describe))
        {
            var description = Describe(group);
            var kind = SourceClassifier.Classify(group.Name, description, group.Entity, group.Own.Select(s => s.Verb));
            var (claims, positions) = ClaimReader.Read(group.Own, group.Statements);
            // The entity's aliases ("Varga", "the director") are how the article refers to the source too.
            var mentions = group.Mentions.Concat(group.Entity?.Aliases ?? []).Where(m => !string.Equals(m, group.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
            sources.Add(new Source(group.Name, kind, description, group.Named, claims, Citations(group.Statements), positions, mentions));
        }

        return [.. sources.OrderBy(s => s.Citations.Count == 0 ? int.MaxValue : s.Citations[0].Paragraph).ThenBy(s => s.Citations.Count == 0 ? 0 : s.Citations[0].Sentence)];
    }

    private static (int, int)? FirstCited(List<Statement> backed) =>
        backed.SelectMany(s => s.Citations).OrderBy(c => c.Paragraph).ThenBy(c => c.Sentence).Select(c => ((int, int)?)(c.Paragraph, c.Sentence)).FirstOrDefault();

    private static List<Citation> Citations(IEnumerable<Statement> statements) =>
        [.. statements.SelectMany(s => s.Citations).Distinct().OrderBy(c => c.Paragraph).ThenBy(c => c.Sentence)];

    private static string? NonEmpty(string text) => text.Length > 0 ? text : null;
}
