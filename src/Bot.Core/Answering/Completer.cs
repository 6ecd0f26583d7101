using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>Suggestions for autocompleting options over the current snapshot: names for /who, names and years for
/// /timeline, source names and kinds for /sources. The most cited come first; a prefix may match any word of a name.</summary>
public sealed class Completer(IFactStore store) : ICompleter
{
    /// <inheritdoc />
    public IReadOnlyList<string> Complete(string command, string option, string typed, int limit = 25)
    {
        if (store.Current is not { } facts || limit <= 0)
        {
            return [];
        }

        return Complete(facts, command ?? string.Empty, option ?? string.Empty, typed ?? string.Empty, limit);
    }

    internal static IReadOnlyList<string> Complete(ArticleFacts facts, string command, string option, string typed, int limit)
    {
        var candidates = command.ToLowerInvariant() switch
        {
            CommandCatalog.Who => Names(facts, e => e.Kind != EntityKind.Place),
            CommandCatalog.Timeline => Names(facts, _ => true).Concat(Years(facts)),
            CommandCatalog.Sources => SourceNames(facts),
            _ => [],
        };
        _ = option;
        var prefix = typed.Trim();
        return candidates
            .Where(c => prefix.Length == 0 || Matches(c.Text, prefix))
            .OrderByDescending(c => prefix.Length > 0 && c.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(c => c.Weight)
            .Select(c => c.Text)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .ToList();
    }

    private static bool Matches(string candidate, string prefix) =>
        candidate.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
        || candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<(string Text, int Weight)> Names(ArticleFacts facts, Func<Entity, bool> include) =>
        facts.Entities.Where(include)
            .SelectMany(e => new[] { (e.Name, e.Citations.Count + 1) }.Concat(e.Aliases.Select(a => (a, e.Citations.Count))));

    private static IEnumerable<(string Text, int Weight)> Years(ArticleFacts facts) =>
        facts.Timeline.Select(e => e.Date?.ToString()).OfType<string>().Where(d => d.Length >= 4)
            .GroupBy(d => d[..4], StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()));

    private static IEnumerable<(string Text, int Weight)> SourceNames(ArticleFacts facts) =>
        facts.Sources.Select(s => (s.Name, s.Citations.Count + 1))
            .Concat(facts.Sources.GroupBy(s => Phrasing.Kind(s.Kind), StringComparer.Ordinal).Select(g => (g.Key, 0)));
}
