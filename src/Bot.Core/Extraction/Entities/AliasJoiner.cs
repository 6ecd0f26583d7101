using System.Globalization;
using Bot.Core.Facts;
using Bot.Core.Text;

namespace Bot.Core.Extraction.Entities;

/// <summary>Joins the forms of one name: surname alone, given name of a surname-first name, acronym of a long name,
/// and a surname spelled differently elsewhere in the article (recorded as an inconsistency).</summary>
internal static class AliasJoiner
{
    /// <summary>How far apart, in paragraphs, a variant spelling may stand from the name it varies.</summary>
    private const int VariantParagraphWindow = 10;

    /// <summary>Shorter names are too often other words one letter away ("Conn" and "Coon").</summary>
    private const int MinVariantLength = 5;

    /// <param name="doubtful">Mentions that join only as a variant spelling ("Kantor" opening a sentence); the rest are dropped.</param>
    public static List<EntityCluster> Join(IEnumerable<Mention> mentions, IEnumerable<Mention> doubtful, List<Inconsistency> inconsistencies)
    {
        var clusters = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        var order = new List<EntityCluster>();
        foreach (var m in mentions)
        {
            var key = EntityCluster.KeyOf(m.Name);
            if (key.Length == 0)
            {
                continue;
            }

            if (!clusters.TryGetValue(key, out var cluster))
            {
                cluster = new EntityCluster(key);
                clusters.Add(key, cluster);
                order.Add(cluster);
            }

            cluster.Mentions.Add(m);
        }

        JoinPartsToFullNames(order);
        JoinAcronyms(order);
        var doubtfulClusters = doubtful
            .Select(m => (Key: EntityCluster.KeyOf(m.Name), Mention: m))
            .Where(d => d.Key.Length > 0 && !clusters.ContainsKey(d.Key))
            .GroupBy(d => d.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var cluster = new EntityCluster(g.Key);
                cluster.Mentions.AddRange(g.Select(d => d.Mention));
                return cluster;
            })
            .ToList();
        JoinVariantSpellings(order, [.. order, .. doubtfulClusters], inconsistencies);
        return [.. order.Where(c => !c.Merged)];
    }

    /// <summary>"Kanter" joins "Elizabeth Kanter", "Zhao" joins "Zhao Lijian", "Trafalgar" joins "Trafalgar Group".</summary>
    private static void JoinPartsToFullNames(List<EntityCluster> clusters)
    {
        var byPart = new Dictionary<string, List<EntityCluster>>(StringComparer.Ordinal);
        foreach (var c in clusters.Where(c => c.TokenCount > 1))
        {
            var kind = c.Kind;
            if (kind is not (EntityKind.Person or EntityKind.Organization))
            {
                continue;
            }

            var parts = c.Key.Split(' ');
            AddPart(byPart, parts[0], c);
            if (kind == EntityKind.Person)
            {
                AddPart(byPart, parts[^1], c);
                if (parts.Length > 2)
                {
                    AddPart(byPart, string.Join(' ', parts[^2..]), c);
                }
            }
        }

        foreach (var part in clusters)
        {
            if (part.Merged || !byPart.TryGetValue(part.Key, out var owners) || part.Votes[EntityKind.Place] >= 5 || part.Votes[EntityKind.Group] >= 5)
            {
                continue;
            }

            var candidates = owners.Where(o => o != part && !o.Merged && o.TokenCount > part.TokenCount).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            // Several people share the surname: the one named most recently before is meant.
            var first = part.FirstIndex;
            var owner = candidates.Where(o => o.FirstIndex <= first).OrderByDescending(o => o.FirstIndex).FirstOrDefault() ?? candidates[0];
            owner.Absorb(part);
        }
    }

    private static void AddPart(Dictionary<string, List<EntityCluster>> byPart, string part, EntityCluster owner)
    {
        if (EntityLexicon.CommonWords.Contains(part) || EntityLexicon.OrganizationSuffixes.Contains(part) || Gazetteer.Places.Contains(part))
        {
            return;
        }

        if (!byPart.TryGetValue(part, out var list))
        {
            list = [];
            byPart.Add(part, list);
        }

        list.Add(owner);
    }

    /// <summary>"CDC" joins "Centers for Disease Control and Prevention".</summary>
    private static void JoinAcronyms(List<EntityCluster> clusters)
    {
        var byInitials = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        foreach (var c in clusters.Where(c => !c.Merged && c.TokenCount > 2))
        {
            var initials = string.Concat(c.Name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0])).ToLowerInvariant();
            byInitials.TryAdd(initials, c);

            // Acronyms often leave out a trailing word ("CDC" for "Centers for Disease Control and Prevention").
            if (initials.Length >= 4)
            {
                byInitials.TryAdd(initials[..^1], c);
            }
        }

        foreach (var c in clusters.Where(c => !c.Merged && c.TokenCount == 1 && c.Mentions[0].Name.All(ch => char.IsUpper(ch) || ch == '.')))
        {
            if (byInitials.TryGetValue(c.Key.Replace(" ", string.Empty, StringComparison.Ordinal), out var full) && full != c)
            {
                full.Absorb(c);
            }
        }
    }

    /// <summary>"Kantor" near "Elizabeth Kanter": one person, the article spelling the name two ways.</summary>
    private static void JoinVariantSpellings(List<EntityCluster> clusters, List<EntityCluster> candidates, List<Inconsistency> inconsistencies)
    {
        var surnames = new Dictionary<(char, int), List<(string Surname, EntityCluster Owner)>>();
        foreach (var c in clusters.Where(c => !c.Merged && c.Kind == EntityKind.Person && c.Votes[EntityKind.Person] >= 3))
        {
            var surname = c.Key.Split(' ')[^1];
            if (surname.Length >= MinVariantLength)
            {
                var slot = (surname[0], surname.Length);
                if (!surnames.TryGetValue(slot, out var list))
                {
                    list = [];
                    surnames.Add(slot, list);
                }

                list.Add((surname, c));
            }
        }

        foreach (var variant in candidates.Where(IsVariantCandidate).ToList())
        {
            var key = variant.Key;
            for (var length = key.Length - 2; length <= key.Length + 2; length++)
            {
                if (!surnames.TryGetValue((key[0], length), out var list))
                {
                    continue;
                }

                foreach (var (surname, owner) in list)
                {
                    if (owner == variant || owner.Merged || !SameContext(owner, variant))
                    {
                        continue;
                    }

                    var distance = FuzzySharp.Levenshtein.EditDistance(surname, key);
                    if (distance >= 1 && surname + "s" != key && key + "s" != surname && distance <= NameMatcher.AllowedEdits(surname))
                    {
                        Record(owner, variant, surname, inconsistencies);
                        goto next;
                    }
                }
            }

        next:;
        }
    }

    private static bool IsVariantCandidate(EntityCluster c)
    {
        if (c.Merged || c.TokenCount != 1 || c.Key.Length < MinVariantLength || c.Key.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var votes = c.Votes;
        var form = c.Mentions[0].Name;
        return votes[EntityKind.Place] < 5 && votes[EntityKind.Organization] < 3 && votes[EntityKind.Group] < 5
            && !form.All(ch => char.IsUpper(ch) || ch == '.') && !PersonNames.GivenNames.Contains(form);
    }

    /// <summary>Both near each other in the article, and never side by side in one sentence (that would be two people).</summary>
    private static bool SameContext(EntityCluster owner, EntityCluster variant)
    {
        var ownerSentences = owner.Mentions.Select(m => m.Sentence.Index).ToHashSet();
        if (variant.Mentions.Any(m => ownerSentences.Contains(m.Sentence.Index)))
        {
            return false;
        }

        return variant.Mentions.Any(v => owner.Mentions.Any(o =>
            Math.Abs(o.Sentence.Sentence.Paragraph - v.Sentence.Sentence.Paragraph) <= VariantParagraphWindow));
    }

    private static void Record(EntityCluster owner, EntityCluster variant, string surname, List<Inconsistency> inconsistencies)
    {
        var written = owner.Mentions.OrderBy(m => m.Sentence.Index)
            .FirstOrDefault(m => EntityCluster.KeyOf(m.Name).Split(' ')[^1] == surname) ?? owner.Mentions[0];
        var writtenSurname = written.Name.Split(' ')[^1];
        var other = variant.Mentions.OrderBy(m => m.Sentence.Index).First();
        owner.Absorb(variant);
        owner.Variants.Add(other.Name);
        inconsistencies.Add(new Inconsistency(
            string.Create(CultureInfo.InvariantCulture,
                $"The article spells {writtenSurname}'s name two ways: \"{writtenSurname}\" (paragraph {written.Sentence.Sentence.Paragraph}) and \"{other.Name}\" (paragraph {other.Sentence.Sentence.Paragraph})."),
            [Citation.Of(written.Sentence.Sentence), Citation.Of(other.Sentence.Sentence)]));
    }
}
