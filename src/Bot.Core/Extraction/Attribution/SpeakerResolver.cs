using Bot.Core.Facts;
using Bot.Core.Text;

namespace Bot.Core.Extraction.Attribution;

/// <summary>Resolves a speaker as written to the name a reader knows: an entity of the article when one
/// matches, the antecedent of a pronoun, else the cleaned phrase.</summary>
internal sealed class SpeakerResolver(IReadOnlyList<Entity> entities)
{
    private string? lastNamed;

    public string Resolve(ArticleAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var cleaned = SpeakerName.Clean(attribution.SourceText);
        if (SpeakerName.IsPronoun(cleaned))
        {
            var antecedent = cleaned.ToLowerInvariant() is "who" or "which" ? RelativeAntecedent(attribution) : lastNamed;
            return antecedent ?? cleaned.ToLowerInvariant();
        }

        var resolved = ResolveName(cleaned);
        lastNamed = resolved;
        return resolved;
    }

    /// <summary>The entity's name for a phrase, trying the whole phrase, its name part and its last word.</summary>
    public string ResolveName(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var split = SpeakerName.Split(cleaned);
        if (entities.Count > 0)
        {
            var candidates = new List<string> { cleaned };
            if (split is { } s)
            {
                candidates.Add(s.Name);
            }

            Entity? best = null;
            var bestScore = 0.0;
            foreach (var candidate in candidates)
            {
                if (NameMatcher.FindBest(candidate, entities) is { } entity)
                {
                    var score = NameMatcher.Score(candidate, entity);
                    if (score > bestScore)
                    {
                        best = entity;
                        bestScore = score;
                    }
                }
            }

            if (best is not null)
            {
                return best.Name;
            }
        }

        return split?.Name ?? cleaned;
    }

    private string? RelativeAntecedent(ArticleAttribution attribution)
    {
        var unit = attribution.Unit;
        var comma = unit.LastIndexOf(',', Math.Max(0, Math.Min(unit.Length - 1, attribution.SourceInUnit - 1)));
        if (comma <= 0)
        {
            return lastNamed;
        }

        var phrase = SpeakerPhrase.LeftOf(unit, comma, 0, out _);
        return phrase is { } p ? ResolveName(SpeakerName.Clean(p.Of(unit))) : lastNamed;
    }
}
