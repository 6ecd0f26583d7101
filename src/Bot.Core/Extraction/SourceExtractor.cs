using Bot.Core.Articles;
using Bot.Core.Extraction.Sourcing;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds who and what the article relies on.</summary>
public static class SourceExtractor
{
    /// <summary>One source per speaker (and per reporter in a quoting chain) and per press conference,
    /// in order of first citation, each with the statements it backs.</summary>
    public static IReadOnlyList<Source> Extract(ArticleDocument article, IReadOnlyList<Entity> entities, IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(statements);
        var backing = new Dictionary<string, List<Statement>>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            if (statement.Speaker != StatementExtractor.ArticleVoice && !Attribution.SpeakerName.IsPronoun(statement.Speaker))
            {
                Add(backing, statement.Speaker, statement);
            }

            if (statement.Via is { } via)
            {
                Add(backing, via, statement);
            }
        }

        var describer = new SourceDescriber(article);
        var sources = new List<Source>();
        foreach (var (name, backed) in backing)
        {
            var entity = entities.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
            var description = entity?.Descriptions.FirstOrDefault() ?? describer.Describe(name, FirstCited(backed));
            var kind = SourceClassifier.Classify(name, description, entity, backed.Where(s => s.Speaker == name).Select(s => s.Verb));
            var named = entity is { Generic: true } ? false : !Attribution.SpeakerName.IsGeneric(name);
            sources.Add(new Source(name, kind, description, named, [.. backed.Select(s => s.Content).Distinct()], Citations(backed)));
        }

        sources.AddRange(PressConferences.Find(article, statements));
        return [.. sources.OrderBy(s => s.Citations.Count == 0 ? int.MaxValue : s.Citations[0].Paragraph).ThenBy(s => s.Citations.Count == 0 ? 0 : s.Citations[0].Sentence)];
    }

    private static void Add(Dictionary<string, List<Statement>> backing, string name, Statement statement)
    {
        if (!backing.TryGetValue(name, out var list))
        {
            list = [];
            backing[name] = list;
        }

        list.Add(statement);
    }

    private static (int, int)? FirstCited(List<Statement> backed) =>
        backed.SelectMany(s => s.Citations).OrderBy(c => c.Paragraph).ThenBy(c => c.Sentence).Select(c => ((int, int)?)(c.Paragraph, c.Sentence)).FirstOrDefault();

    private static List<Citation> Citations(IEnumerable<Statement> statements) =>
        [.. statements.SelectMany(s => s.Citations).Distinct().OrderBy(c => c.Paragraph).ThenBy(c => c.Sentence)];
}
