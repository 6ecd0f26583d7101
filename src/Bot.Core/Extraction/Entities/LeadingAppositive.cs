using Bot.Core.Facts;

namespace Bot.Core.Extraction.Entities;

/// <summary>"According to the city's chief engineer, Paul Hendricks, ...", "The firm's founder, Jane Roe, said":
/// a role set off by commas before the name it describes.</summary>
internal static class LeadingAppositive
{
    private const int MaxModifiers = 5;

    /// <summary>Articles and possessive pronouns that open the role's noun phrase.</summary>
    private static readonly HashSet<string> Openers = WordSet.Of("a an the his her its their our");

    /// <summary>The role's text and the token of its head noun, or null.</summary>
    public static (string Text, int Head)? Find(Mention m)
    {
        var s = m.Sentence;
        var tokens = s.Tokens;
        var head = m.FirstToken - 1;
        if (m.TitleStart >= 0 || head < 1 || !s.GapBefore(m.FirstToken).Trim().SequenceEqual(",") || !ClosedAfter(m))
        {
            return null;
        }

        var noun = tokens[head];
        if (noun.Possessive || Words.KindOfHead(s, head) != EntityKind.Person)
        {
            return null;
        }

        var start = head;
        var modifiers = 0;
        var anchored = false;
        while (start > 0 && s.SpaceBefore(start) && modifiers < MaxModifiers)
        {
            var t = tokens[start - 1];
            if (Openers.Contains(t.Lower))
            {
                start--;
                anchored = true;
                break;
            }

            // "the city's chief engineer": a possessive noun anchors the phrase as an article would, and may have its own article.
            if (t.Possessive || Words.IsModifier(t))
            {
                start--;
                modifiers++;
                anchored |= t.Possessive;
                continue;
            }

            break;
        }

        // Without an article or possessive, "Officials met engineer, ..." is no noun phrase of its own.
        if (!anchored)
        {
            return null;
        }

        var text = Words.Squash(s.Text.AsSpan(tokens[start].Start, noun.End - tokens[start].Start));
        if (s.OpensSentence(start) && Openers.Contains(tokens[start].Lower))
        {
            // Capitalised only because it opens the sentence.
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        return (text, head);
    }

    /// <summary>The name is closed by a comma or ends the sentence; "the mayor, Jo Linde, and the clerk" is a list.</summary>
    private static bool ClosedAfter(Mention m)
    {
        var s = m.Sentence;
        var after = m.LastToken + 1;
        if (after >= s.Tokens.Count)
        {
            return true;
        }

        return s.GapBefore(after).Trim().SequenceEqual(",") && s.Tokens[after].Lower is not ("and" or "or");
    }
}
