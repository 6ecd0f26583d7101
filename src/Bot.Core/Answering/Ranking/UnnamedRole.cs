using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Answering.Typing;

namespace Bot.Core.Answering.Ranking;

/// <summary>Whether a sentence speaks of the person a "who" question asks for only as an unnamed one: "Who was the
/// man arrested for the shooting?" against "Police announced the arrest of a man in the shooting". An article
/// that names them says "a man, John Roe," or "John Roe, a local man,", so an indefinite role word that no name
/// stands beside is the article saying it does not know, or does not tell.</summary>
internal static partial class UnnamedRole
{
    private static readonly FrozenSet<string> Indefinite =
        new[] { "a", "an", "one", "two", "three", "some", "several", "another", "unnamed", "unidentified" }.ToFrozenSet(StringComparer.Ordinal);

    // Where the role's words end: "the [man] arrested", "the [nurse] who went", "which [judge] dissented on".
    private static readonly FrozenSet<string> RoleEnds =
        new[] { "who", "whom", "whose", "which", "that", "was", "were", "is", "are", "did", "does", "do", "has", "have", "had",
            "will", "would", "could", "can", "in", "on", "at", "of", "for", "with", "to", "from", "by", "'s", "when", "where" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PastForms =
        new[] { "found", "shot", "made", "built", "held", "told", "wrote", "written", "known", "seen", "taken", "given", "left",
            "sent", "won", "lost", "ran", "hit", "hurt", "put", "led", "said", "paid", "caught", "brought", "thought", "chosen", "born" }
            .ToFrozenSet(StringComparer.Ordinal);

    // How many words (adjectives, a number) may stand between the determiner and the role: "a female nurse".
    private const int Between = 2;

    public static bool In(string sentence, string question) => Role(QuestionTokens.Of(question)) is { } role && InFor(sentence, role);

    /// <summary>As <see cref="In(string, string)"/>, for a role already read from the question by <see cref="Role"/>.</summary>
    public static bool InFor(string sentence, string role)
    {
        var asked = PhraseChooser.Stem(role);
        var words = Word().Matches(sentence).Select(m => (m.Value, m.Index)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!Indefinite.Contains(words[i].Value.ToLowerInvariant()))
            {
                continue;
            }

            for (var k = i + 1; k <= i + 1 + Between && k < words.Count; k++)
            {
                if (asked == PhraseChooser.Stem(words[k].Value.ToLowerInvariant()) && !Named(sentence, words, i, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The role a "who" question asks to be named, its head noun: "man" of "who was the man arrested for
    /// ...", "nurse" of "what's the name of the nurse who ...", "judge" of "which judge dissented"; null when the
    /// question names no role ("who said ...").</summary>
    internal static string? Role(List<string> tokens)
    {
        var at = tokens switch
        {
            ["which", ..] => 1,
            ["what", "is" or "was", "the", "name" or "names", "of", "the", ..] => 6,
            ["who" or "what", "was" or "is" or "were" or "are", "the", ..] => 3,
            _ => -1,
        };
        if (at < 0)
        {
            return null;
        }

        string? head = null;
        for (var i = at; i < tokens.Count && i < at + 3 && !RoleEnds.Contains(tokens[i]) && !(head is not null && IsParticiple(tokens[i])); i++)
        {
            head = tokens[i];
        }

        return head is { Length: > 2 } ? head : null;
    }

    // "the man arrested": a participle or past tense after the role closes it ("the alleged arsonist" opens with one).
    private static bool IsParticiple(string word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || PastForms.Contains(word);

    // "Jane Roe, a nurse," and "a nurse, Jane Roe," and "a nurse named Jane Roe" all name her; "before the debate,
    // two speechwriters" does not: the comma must follow a name.
    private static bool Named(string sentence, List<(string Value, int Index)> words, int determiner, int role)
    {
        var before = sentence[..words[determiner].Index].TrimEnd();
        if ((before.EndsWith(',') || before.EndsWith('(') || before.EndsWith('-')) && determiner > 0 && char.IsUpper(words[determiner - 1].Value[0]))
        {
            return true;
        }

        var next = role + 1 < words.Count ? words[role + 1] : default;
        var gap = next.Value is null ? string.Empty : sentence[(words[role].Index + words[role].Value.Length)..next.Index];
        return next.Value is not null && ((char.IsUpper(next.Value[0]) && !next.Value.Equals("I", StringComparison.Ordinal)) || next.Value is "named" or "called")
            && !gap.Contains('.', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'’-]*")]
    private static partial Regex Word();
}
