using Bot.Core.Facts;

namespace Bot.Core.Extraction.Entities;

/// <summary>"The engineer added ..." after "the city's chief engineer, Paul Hendricks": a definite description whose
/// head noun is the title or role of exactly one person of the article refers back to that person.</summary>
internal static class DefiniteDescriptions
{
    private const int MaxModifiers = 3;

    /// <summary>Records each such description as a reference of its person, and returns where they stand
    /// (sentence index and <see cref="GenericSpeakerFinder.Key"/> of the phrase) so they are not also unnamed speakers.</summary>
    public static HashSet<(int Sentence, string Key)> Resolve(IReadOnlyList<SentenceView> body, IReadOnlyList<EntityCluster> clusters)
    {
        var owners = Owners(clusters);
        var resolved = new HashSet<(int, string)>();
        if (owners.Count == 0)
        {
            return resolved;
        }

        foreach (var view in body)
        {
            var tokens = view.Tokens;
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (tokens[i].Lower != "the" || Find(view, i, owners) is not { } found)
                {
                    continue;
                }

                var (owner, last) = found;
                var form = Words.Squash(view.Text.AsSpan(tokens[i].Start, tokens[last].NameEnd - tokens[i].Start));
                form = char.ToLowerInvariant(form[0]) + form[1..];
                owner.References.Add((form, view));
                resolved.Add((view.Index, GenericSpeakerFinder.Key(form)));
                i = last;
            }
        }

        return resolved;
    }

    /// <summary>Role nouns carried by exactly one person, with that person.</summary>
    private static Dictionary<string, EntityCluster> Owners(IReadOnlyList<EntityCluster> clusters)
    {
        var owners = new Dictionary<string, EntityCluster?>(StringComparer.OrdinalIgnoreCase);
        foreach (var cluster in clusters.Where(c => !c.Merged && c.Kind == EntityKind.Person))
        {
            foreach (var noun in cluster.Mentions.SelectMany(m => m.RoleNouns).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                // Two people with the same title: "the mayor" could be either, so it is left alone.
                owners[noun] = owners.ContainsKey(noun) ? null : cluster;
            }
        }

        return owners.Where(o => o.Value is not null).ToDictionary(o => o.Key, o => o.Value!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"the engineer", "the chief engineer" from token <paramref name="the"/>: the person and the head noun's token, or null.</summary>
    private static (EntityCluster Owner, int Last)? Find(SentenceView s, int the, Dictionary<string, EntityCluster> owners)
    {
        var tokens = s.Tokens;
        for (var k = the + 1; k < tokens.Count && k <= the + 1 + MaxModifiers && s.SpaceBefore(k); k++)
        {
            var t = tokens[k];
            if (owners.TryGetValue(t.Lower, out var owner))
            {
                return Refers(s, the, k, owner) ? (owner, k) : null;
            }

            // "the Riverside engineer" names something else; "the city's engineer" is a description of its own.
            if (t.IsCapitalized || t.Possessive || !Words.IsModifier(t))
            {
                return null;
            }
        }

        return null;
    }

    private static bool Refers(SentenceView s, int the, int head, EntityCluster owner)
    {
        var tokens = s.Tokens;
        var next = head + 1;

        // "the mayor Jo Linde" is a title before a name; "the mayor of Eastport" may be another mayor.
        if (next < tokens.Count && s.SpaceBefore(next) && (tokens[next].IsCapitalized || tokens[next].Lower is "of" or "for"))
        {
            return false;
        }

        // A description in a sentence that names the person is its appositive or title, and one before the name points forward.
        var first = owner.Mentions.Min(m => m.Sentence.Index);
        if (s.Index <= first || owner.Mentions.Any(m => m.Sentence.Index == s.Index))
        {
            return false;
        }

        // Every modifier must be one of the person's own ("the chief engineer" for "the city's chief engineer", not "the former engineer").
        var described = owner.Mentions.SelectMany(m => m.Descriptions)
            .SelectMany(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.TrimEnd(',', '.').Replace("'s", string.Empty, StringComparison.Ordinal).Replace("’s", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var k = the + 1; k < head; k++)
        {
            if (!described.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }
}
