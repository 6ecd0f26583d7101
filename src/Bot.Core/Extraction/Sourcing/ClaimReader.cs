using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Facts;
using Bot.Core.Language;

namespace Bot.Core.Extraction.Sourcing;

/// <summary>Reads what a source's statements do: a whole clause said under a neutral verb is a claim the source
/// backs; a denial or criticism, or a verb with a mere noun phrase after it ("dismissed those concerns"), is a
/// position, shown with its verb so it never reads as something the source vouches for.</summary>
internal static partial class ClaimReader
{
    private static readonly VerbLexicon Verbs = VerbLexicon.Default;

    private static readonly FrozenSet<string> Opposing = Verbs.Set(VerbProperty.Opposes, VerbInflection.All, StringComparer.OrdinalIgnoreCase);

    // Finite verbs that cannot be read as nouns: a content with one after its first word has a predicate.
    private static readonly FrozenSet<string> Finite = Verbs.NounSafeForms(VerbProperty.None).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "is", "was", "are", "were", "am", "will", "would", "can", "could", "has", "have", "had", "do", "does", "did",
        "may", "might", "must", "shall", "should", "won't", "can't", "it's", "there's",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "so-called",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="own">The statements the source makes itself.</param>
    /// <param name="relayed">Statements it reports for another source: only their claims are its to back.</param>
    public static (List<string> Claims, List<SourcePosition> Positions) Read(IEnumerable<Statement> own, IEnumerable<Statement> relayed)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(relayed);
        var claims = new List<string>();
        var positions = new List<SourcePosition>();
        var ownSet = own.ToHashSet();
        foreach (var statement in ownSet.Concat(relayed.Where(r => !ownSet.Contains(r))).OrderBy(s => s.Citations[0].Paragraph).ThenBy(s => s.Citations[0].Sentence))
        {
            var content = statement.Content.Trim();
            var clause = IsClause(statement, content);
            var verb = statement.Verb.Trim();
            var opposes = Opposing.Contains(FirstWord(verb));
            if (clause && !opposes)
            {
                AddOnce(claims, content);
            }
            else if (!ownSet.Contains(statement))
            {
                continue;
            }
            else if (Verbs.PastOf(FirstWord(verb)) is { } past)
            {
                var that = clause && !content.StartsWith("that ", StringComparison.OrdinalIgnoreCase) ? "that " : string.Empty;
                var text = $"{past}{verb[FirstWord(verb).Length..]} {that}{LowerFirst(clause ? content : TrailingTime().Replace(content, string.Empty))}";
                if (!positions.Exists(p => p.Text == text))
                {
                    positions.Add(new SourcePosition(text, opposes));
                }
            }
            else if (statement.Citations is [var only])
            {
                // A fragment under a cue that is no verb ("according to X, the plan"): the article's sentence says it whole.
                AddOnce(claims, only.Text.Trim());
            }
        }

        return (claims, positions);
    }

    /// <summary>True when the content is a clause with its own predicate, not a noun phrase or an infinitive.</summary>
    internal static bool IsClause(Statement statement, string content)
    {
        if (statement.Direct || content.StartsWith("that ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (content.StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (statement.Citations.Any(c => c.Text.Contains("that " + content, StringComparison.Ordinal)))
        {
            return true;
        }

        var words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"', '“', '”', ',', '.', ';', ':', '(', ')')).ToArray();
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            if (Auxiliaries.Contains(word) || Finite.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
                || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0]) && !Determiners.Contains(words[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstWord(string verb)
    {
        var space = verb.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? verb : verb[..space];
    }

    // A passive subject moved behind its verb loses its capital ("The plan was condemned" -> "condemned the plan").
    private static string LowerFirst(string text)
    {
        var first = FirstWord(text);
        return first is "The" or "A" or "An" or "This" or "That" or "These" or "Those" or "Its" or "Their" or "His" or "Her"
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    private static void AddOnce(List<string> list, string text)
    {
        if (!list.Contains(text, StringComparer.Ordinal))
        {
            list.Add(text);
        }
    }

    // When a reaction came ("dismissed those concerns on Wednesday") is no part of what it was.
    [GeneratedRegex(@"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|\s+(?:last|this|next)\s+(?:week|month|year|weekend|night|morning|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|\s+(?:yesterday|today|tonight)$")]
    private static partial Regex TrailingTime();
}
