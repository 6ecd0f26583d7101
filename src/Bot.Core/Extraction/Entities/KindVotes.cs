using Bot.Core.Facts;

namespace Bot.Core.Extraction.Entities;

/// <summary>Evidence for each kind of entity, summed over mentions.</summary>
internal sealed class KindVotes
{
    // Unknown is the absence of evidence, so it is never voted for.
    private static readonly EntityKind[] Voted = [EntityKind.Person, EntityKind.Organization, EntityKind.Group, EntityKind.Product];

    private readonly int[] _scores = new int[Enum.GetValues<EntityKind>().Length];

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

    /// <summary>The kind with the most evidence; ties go to place, then person, then organisation, then group, then product.</summary>
    public EntityKind Best(EntityKind fallback)
    {
        if (IsEmpty)
        {
            return fallback;
        }

        var best = EntityKind.Place;
        foreach (var kind in Voted)
        {
            if (this[kind] > this[best])
            {
                best = kind;
            }
        }

        return best;
    }
}
