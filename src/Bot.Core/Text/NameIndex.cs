using Bot.Core.Facts;

namespace Bot.Core.Text;

/// <summary>Entities' names and aliases normalised once, for matching many written names against the same
/// entities (every speaker of an article, every question about it).</summary>
public sealed class NameIndex
{
    private readonly (Entity Entity, NormalizedName Name, double Weight)[] names;
    private readonly Dictionary<string, Entity> exact = new(StringComparer.Ordinal);

    public NameIndex(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = new List<(Entity, NormalizedName, double)>();
        foreach (var entity in entities)
        {
            var name = NormalizedName.Of(entity.Name);
            list.Add((entity, name, 1.0));
            exact.TryAdd(name.Text, entity);
            foreach (var alias in entity.Aliases)
            {
                list.Add((entity, NormalizedName.Of(alias), NameMatcher.AliasWeight));
            }
        }

        names = [.. list];
    }

    /// <summary>The same answer as <see cref="NameMatcher.FindBest"/> over these entities, with its score.</summary>
    public (Entity Entity, double Score)? FindBest(string query, double threshold = 0.5)
    {
        var normalized = NormalizedName.Of(query);
        if (exact.TryGetValue(normalized.Text, out var same))
        {
            return (same, 1.0);
        }

        Entity? best = null;
        var bestScore = threshold;
        foreach (var (entity, name, weight) in names)
        {
            var score = NameMatcher.Score(normalized, name) * weight;
            if (score > bestScore || (score == bestScore && best is null))
            {
                best = entity;
                bestScore = score;
            }
        }

        return best is null ? null : (best, bestScore);
    }
}
