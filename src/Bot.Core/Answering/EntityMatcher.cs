using Bot.Core.Facts;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Finds the entity a typed name refers to by <see cref="NameMatcher"/>'s rule, with every entity name
/// and alias normalised once per snapshot instead of on every comparison, and comparisons that cannot succeed
/// (lengths too far apart for the allowed edits) skipped before any edit distance is computed.</summary>
internal sealed class EntityMatcher
{
    private const double AliasFactor = 0.98;

    private readonly (Entity Entity, string Name, string[] Parts, double Factor)[] _names;

    public EntityMatcher(IReadOnlyList<Entity> entities)
    {
        _names =
        [
            .. entities.SelectMany(e => new[] { (e.Name, 1.0) }.Concat(e.Aliases.Select(a => (a, AliasFactor)))
                .Select(n => (Entity: e, Name: NameMatcher.Normalize(n.Item1), Factor: n.Item2))
                .Where(n => n.Name.Length > 0)
                .Select(n => (n.Entity, n.Name, n.Name.Split(' '), n.Factor))),
        ];
    }

    /// <summary>The same entity <see cref="NameMatcher.FindBest"/> would return.</summary>
    public Entity? FindBest(string query, double threshold = 0.5)
    {
        var q = NameMatcher.Normalize(query);
        if (q.Length == 0)
        {
            return null;
        }

        var queryParts = q.Split(' ');
        Entity? best = null;
        var bestScore = threshold;
        var i = 0;
        while (i < _names.Length)
        {
            // An entity's score is its best name's; names of one entity sit next to each other.
            var entity = _names[i].Entity;
            var score = 0.0;
            for (; i < _names.Length && ReferenceEquals(_names[i].Entity, entity); i++)
            {
                score = Math.Max(score, Score(q, queryParts, _names[i].Name, _names[i].Parts) * _names[i].Factor);
            }

            if (score > bestScore || (score == bestScore && best is null))
            {
                best = entity;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary><see cref="NameMatcher.Score(string, string)"/> over names already normalised.</summary>
    public static double Score(string q, string[] queryParts, string n, string[] parts)
    {
        if (q == n)
        {
            return 1;
        }

        var allowed = NameMatcher.AllowedEdits(n);
        var distance = EditDistance.Within(q, n, allowed);
        if (distance <= allowed)
        {
            return 0.9 - (0.05 * distance);
        }

        var edits = 0;
        foreach (var qp in queryParts)
        {
            var partAllowed = NameMatcher.AllowedEdits(qp);
            var best = int.MaxValue;
            foreach (var p in parts)
            {
                if (p == qp)
                {
                    best = 0;
                    break;
                }

                if (p.Length >= 4)
                {
                    best = Math.Min(best, EditDistance.Within(qp, p, partAllowed));
                }
            }

            if (best > partAllowed)
            {
                return 0;
            }

            edits += best;
        }

        return 0.5 + (0.3 * queryParts.Length / parts.Length) - (0.05 * edits);
    }
}
