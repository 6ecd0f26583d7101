using Bot.Core.Facts;
using Bot.Core.Text;

namespace Bot.Core.Extraction.Attribution;

/// <summary>Resolves a speaker as written to the name a reader knows: an entity of the article when one
/// matches, the antecedent of a pronoun, else the cleaned phrase. "He" and "she" go to the nearest speaker
/// named before whose gender (from a title such as "Mrs." or "spokeswoman", or from an earlier pronoun) does not
/// rule them out.</summary>
internal sealed class SpeakerResolver(IReadOnlyList<Entity> entities)
{
    // How far back a pronoun looks among the speakers named so far.
    private const int PronounReach = 4;

    private readonly NameIndex names = new(entities);
    private readonly List<(string Name, Gender Gender)> recent = [];
    private string? lastNamed;

    public string Resolve(ArticleAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var cleaned = SpeakerName.Clean(attribution.SourceText);
        if (SpeakerName.IsPronoun(cleaned))
        {
            var antecedent = cleaned.ToLowerInvariant() is "who" or "which" ? RelativeAntecedent(attribution) : Antecedent(SpeakerGender.OfPronoun(cleaned));
            return antecedent ?? cleaned.ToLowerInvariant();
        }

        var resolved = ResolveName(cleaned);
        lastNamed = resolved;
        Remember(resolved, SpeakerGender.Of([attribution.SourceText, .. entities.FirstOrDefault(e => e.Name == resolved)?.Descriptions ?? []]));
        return resolved;
    }

    private string? Antecedent(Gender wanted)
    {
        if (wanted == Gender.Unknown)
        {
            return lastNamed;
        }

        // A speaker known to match wins over a nearer one whose gender is not known; either beats a mismatch.
        var reach = Math.Max(0, recent.Count - PronounReach);
        var k = recent.FindLastIndex(recent.Count - 1, recent.Count - reach, r => r.Gender == wanted);
        if (k < 0)
        {
            k = recent.FindLastIndex(recent.Count - 1, recent.Count - reach, r => r.Gender == Gender.Unknown);
        }

        if (k < 0)
        {
            return lastNamed;
        }

        // The pronoun tells the speaker's gender for the pronouns that follow.
        recent[k] = (recent[k].Name, wanted);
        return recent[k].Name;
    }

    private void Remember(string name, Gender gender)
    {
        var known = recent.FindIndex(r => r.Name == name);
        if (known >= 0)
        {
            gender = gender == Gender.Unknown ? recent[known].Gender : gender;
            recent.RemoveAt(known);
        }

        recent.Add((name, gender));
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
                if (names.FindBest(candidate) is { } found && found.Score > bestScore)
                {
                    best = found.Entity;
                    bestScore = found.Score;
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
