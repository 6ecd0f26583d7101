using System.Globalization;
using System.Text;
using Bot.Core.Facts;

namespace Bot.Core.Text;

/// <summary>Decides whether a typed or written name refers to an entity, tolerant of case, possessives,
/// articles, surnames alone and small misspellings.</summary>
public static class NameMatcher
{
    private static readonly string[] LeadingWords = ["the ", "a ", "an "];

    // Invariant globalization may leave accented letters composed, so common ones are folded by table.
    private const string Unaccented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşţťùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzz";

    /// <summary>Lowercase, accents and punctuation folded, possessive and leading article dropped.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var plain = Unaccented.IndexOf(lower, StringComparison.Ordinal);
            folded.Append(plain >= 0 ? Plain[plain] : char.IsLetterOrDigit(c) || c == '\'' || c == '’' ? lower : ' ');
        }

        var text = string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        text = StripPossessive(text);
        foreach (var word in LeadingWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                text = text[word.Length..];
                break;
            }
        }

        return text.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Levenshtein distance between the normalised forms.</summary>
    public static int Distance(string a, string b) => FuzzySharp.Levenshtein.EditDistance(Normalize(a), Normalize(b));

    /// <summary>How many edits a name of this length may be off by and still be the same name.</summary>
    public static int AllowedEdits(string normalized) => normalized.Length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    /// <summary>A score in [0, 1]: 1 for the same name, lower for surname-only, prefix and misspelt matches, 0 for none.</summary>
    public static double Score(string query, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var best = Score(query, entity.Name);
        foreach (var alias in entity.Aliases)
        {
            best = Math.Max(best, Score(query, alias) * 0.98);
        }

        return best;
    }

    /// <summary>A score in [0, 1] for one written name.</summary>
    public static double Score(string query, string name)
    {
        var q = Normalize(query);
        var n = Normalize(name);
        if (q.Length == 0 || n.Length == 0)
        {
            return 0;
        }

        if (q == n)
        {
            return 1;
        }

        var distance = FuzzySharp.Levenshtein.EditDistance(q, n);
        if (distance <= AllowedEdits(n))
        {
            return 0.9 - (0.05 * distance);
        }

        // A part of a multi-word name: a surname, a given name, or an organisation's head word.
        var parts = n.Split(' ');
        var queryParts = q.Split(' ');
        var edits = 0;
        foreach (var qp in queryParts)
        {
            var best = parts.Min(p => p == qp ? 0 : p.Length >= 4 ? FuzzySharp.Levenshtein.EditDistance(qp, p) : int.MaxValue);
            if (best > AllowedEdits(qp))
            {
                return 0;
            }

            edits += best;
        }

        return 0.5 + (0.3 * queryParts.Length / parts.Length) - (0.05 * edits);
    }

    /// <summary>The entity the query most likely names, or null when none scores at least <paramref name="threshold"/>.</summary>
    public static Entity? FindBest(string query, IEnumerable<Entity> entities, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(entities);
        Entity? best = null;
        var bestScore = threshold;
        foreach (var entity in entities)
        {
            var score = Score(query, entity);
            if (score > bestScore || (score == bestScore && best is null))
            {
                best = entity;
                bestScore = score;
            }
        }

        return best;
    }

    private static string StripPossessive(string text)
    {
        foreach (var suffix in (string[])["'s", "’s"])
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return text[..^suffix.Length];
            }
        }

        return text.EndsWith("s'", StringComparison.Ordinal) || text.EndsWith("s’", StringComparison.Ordinal) ? text[..^1] : text;
    }
}
