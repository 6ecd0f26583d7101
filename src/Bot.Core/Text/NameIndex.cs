using System.Collections.Concurrent;
using Bot.Core.Facts;

namespace Bot.Core.Text;

/// <summary>Entities' names and aliases normalised once, for matching many written names against the same
/// entities (every speaker of an article, every question about it). Gives the same answer as scoring every
/// name with <see cref="NameMatcher"/>, but scores only the names that can score above zero: the same length
/// give or take two letters with nearly the same letters (a misspelt whole name), or sharing a word within
/// two edits of the query's first word (found through a symmetric-deletion index).</summary>
public sealed class NameIndex
{
    private const int MaxEdits = 2;

    private readonly Entry[] entries;
    private readonly Dictionary<string, Entity> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> byLength = [];

    // Built on the first query that is not an exact name: many articles never need it.
    private readonly Lazy<Dictionary<string, List<int>>> byWordDeletion;

    // Articles name the same speakers again and again; each distinct written form is matched once.
    private readonly ConcurrentDictionary<(string Query, double Threshold), (Entity Entity, double Score)?> answers = new();

    public NameIndex(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = new List<Entry>();
        foreach (var entity in entities)
        {
            var name = NormalizedName.Of(entity.Name);
            exact.TryAdd(name.Text, entity);
            list.Add(new Entry(entity, name, 1.0, LetterCounts(name.Text)));
            foreach (var alias in entity.Aliases)
            {
                var normalized = NormalizedName.Of(alias);
                list.Add(new Entry(entity, normalized, NameMatcher.AliasWeight, LetterCounts(normalized.Text)));
            }
        }

        entries = [.. list];
        for (var i = 0; i < entries.Length; i++)
        {
            Add(byLength, entries[i].Name.Text.Length, i);
        }

        byWordDeletion = new(IndexWordDeletions);
    }

    /// <summary>The entity <see cref="NameMatcher.FindBest"/> would pick over these entities, with its score.</summary>
    public (Entity Entity, double Score)? FindBest(string query, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(query);
        return answers.GetOrAdd((query, threshold), static (key, index) => index.Match(key.Query, key.Threshold), this);
    }

    private (Entity Entity, double Score)? Match(string query, double threshold)
    {
        var normalized = NormalizedName.Of(query);
        if (exact.TryGetValue(normalized.Text, out var same))
        {
            return (same, 1.0);
        }

        Entity? best = null;
        var bestScore = threshold;

        // Ascending entry order keeps the full scan's tie-breaking: the first of equal scores wins.
        foreach (var i in Candidates(normalized).Order())
        {
            var (entity, name, weight, _) = entries[i];
            var score = NameMatcher.Score(normalized, name) * weight;
            if (score > bestScore || (score == bestScore && best is null))
            {
                best = entity;
                bestScore = score;
            }
        }

        return best is null ? null : (best, bestScore);
    }

    private HashSet<int> Candidates(NormalizedName query)
    {
        var candidates = new HashSet<int>();
        if (query.Text.Length == 0)
        {
            return candidates;
        }

        var letters = LetterCounts(query.Text);
        for (var length = query.Text.Length - MaxEdits; length <= query.Text.Length + MaxEdits; length++)
        {
            foreach (var i in byLength.GetValueOrDefault(length) ?? [])
            {
                // Each edit changes the letter counts by at most two, so a larger difference rules the name out.
                if (Difference(letters, entries[i].Letters) <= 2 * MaxEdits)
                {
                    candidates.Add(i);
                }
            }
        }

        if (query.Parts.Length > 0)
        {
            var first = query.Parts[0];
            foreach (var key in Deletions(first, NameMatcher.AllowedEdits(first)))
            {
                candidates.UnionWith(byWordDeletion.Value.GetValueOrDefault(key) ?? []);
            }
        }

        return candidates;
    }

    private Dictionary<string, List<int>> IndexWordDeletions()
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            foreach (var part in entries[i].Name.Parts.Distinct())
            {
                AddDeletions(index, part, 0, part.Length >= 4 ? MaxEdits : 0, i);
            }
        }

        return index;
    }

    /// <summary>Files the entry under the same keys <see cref="Deletions"/> gives, without collecting them first:
    /// deleting only at or after the previous deletion reaches each key once per way of spelling it, and
    /// <see cref="Add{TKey}"/> drops the repeats a doubled letter gives.</summary>
    private static void AddDeletions(Dictionary<string, List<int>> index, string word, int from, int edits, int entry)
    {
        Add(index, word, entry);
        if (edits == 0 || word.Length <= 1)
        {
            return;
        }

        for (var i = from; i < word.Length; i++)
        {
            AddDeletions(index, word.Remove(i, 1), i, edits - 1, entry);
        }
    }

    private static HashSet<string> Deletions(string word, int edits)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var round = 0; round < edits; round++)
        {
            var next = new List<string>();
            foreach (var w in frontier.Where(w => w.Length > 1))
            {
                for (var i = 0; i < w.Length; i++)
                {
                    var shorter = w.Remove(i, 1);
                    if (keys.Add(shorter))
                    {
                        next.Add(shorter);
                    }
                }
            }

            frontier = next;
        }

        return keys;
    }

    private static int[] LetterCounts(string text)
    {
        var counts = new int[37];
        foreach (var c in text)
        {
            counts[c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : 36]++;
        }

        return counts;
    }

    private static int Difference(int[] a, int[] b)
    {
        var sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }

        return sum;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> index, TKey key, int entry)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != entry)
        {
            list.Add(entry);
        }
    }

    private readonly record struct Entry(Entity Entity, NormalizedName Name, double Weight, int[] Letters);
}
