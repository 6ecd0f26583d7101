using Bot.Core.Facts;

namespace Bot.Core.Extraction.Entities;

/// <summary>Evidence for each kind of entity, summed over mentions.</summary>
internal sealed class KindVotes
{
    private readonly int[] _scores = new int[4];

    public void Add(EntityKind kind, int weight) => _scores[(int)kind] += weight;

    public void Add(KindVotes other)
    {
        for (var i = 0; i < _scores.Length; i++)
        {
            _scores[i] += other._scores[i];
        }
    }

    public int this[EntityKind kind] => _scores[(int)kind];

    public bool IsEmpty => _scores.All(s => s == 0);

    /// <summary>The kind with the most evidence; ties go to place, then person, then organisation.</summary>
    public EntityKind Best(EntityKind fallback)
    {
        if (IsEmpty)
        {
            return fallback;
        }

        var best = EntityKind.Place;
        foreach (var kind in (EntityKind[])[EntityKind.Person, EntityKind.Organization, EntityKind.Group])
        {
            if (this[kind] > this[best])
            {
                best = kind;
            }
        }

        return best;
    }
}
