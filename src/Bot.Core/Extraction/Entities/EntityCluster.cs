using Bot.Core.Facts;
using Bot.Core.Text;

namespace Bot.Core.Extraction.Entities;

/// <summary>The mentions found to name one entity, while they are being joined.</summary>
internal sealed class EntityCluster(string key)
{
    private KindVotes? _votes;

    public string Key { get; } = key;

    public List<Mention> Mentions { get; } = [];

    /// <summary>Forms joined by spelling similarity: aliases, never the name.</summary>
    public List<string> Variants { get; } = [];

    public List<SentenceView> HeadingSentences { get; } = [];

    /// <summary>Definite descriptions that refer back to the entity ("the engineer"): aliases and citations, never the name.</summary>
    public List<(string Form, SentenceView Sentence)> References { get; } = [];

    public bool Merged { get; set; }

    public int FirstIndex => Mentions.Min(m => m.Sentence.Index);

    public int TokenCount => Mentions.Max(m => m.TokenCount);

    /// <summary>The longest form written; place names written several ways keep their longest form ("United States").</summary>
    public string Name => Mentions
        .Where(m => !Variants.Contains(m.Name))
        .OrderByDescending(m => m.TokenCount)
        .ThenByDescending(m => m.Name.Length)
        .ThenBy(m => m.Sentence.Index)
        .Select(m => m.Name)
        .FirstOrDefault() ?? Mentions[0].Name;

    /// <summary>The evidence of all mentions; call <see cref="Absorb"/> rather than adding mentions once this has been read.</summary>
    public KindVotes Votes
    {
        get
        {
            if (_votes is null)
            {
                _votes = new KindVotes();
                foreach (var m in Mentions)
                {
                    _votes.Add(m.Votes);
                }
            }

            return _votes;
        }
    }

    /// <summary>Two or more capitalised words with nothing else known are most often a person's name; one word could be anything.</summary>
    public EntityKind Kind => Votes.Best(TokenCount > 1 ? EntityKind.Person : EntityKind.Unknown);

    public void Absorb(EntityCluster other)
    {
        _votes = null;
        Mentions.AddRange(other.Mentions);
        Variants.AddRange(other.Variants);
        HeadingSentences.AddRange(other.HeadingSentences);
        other.Merged = true;
    }

    public Entity ToEntity()
    {
        var name = Name;
        var aliases = Mentions.Select(m => m.Name)
            .Concat(Variants)
            .Concat(References.Select(r => r.Form))
            .Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var descriptions = Mentions.SelectMany(m => m.Descriptions).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var citations = Mentions.Select(m => m.Sentence)
            .Concat(HeadingSentences)
            .Concat(References.Select(r => r.Sentence))
            .DistinctBy(s => s.Index)
            .OrderBy(s => s.Index)
            .Select(s => Citation.Of(s.Sentence))
            .ToList();
        return new Entity(name, Kind, aliases, descriptions, citations);
    }

    /// <summary>The key under which forms of one name meet: case, accents, periods and possessives folded; places by canonical name.</summary>
    public static string KeyOf(string name) =>
        Gazetteer.CanonicalKey(name) ?? NameMatcher.Normalize(name.Replace(".", string.Empty, StringComparison.Ordinal));
}
