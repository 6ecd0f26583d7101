using Bot.Core.Facts;

namespace Bot.Core.Extraction.Entities;

/// <summary>Finds unnamed speakers: noun phrases headed by a speaker noun ("a TikTok spokesperson",
/// "several TikTok employees", "engineers in mainland China").</summary>
internal static class GenericSpeakerFinder
{
    private const int MaxModifiers = 5;
    private const int MaxTail = 5;

    private static readonly HashSet<string> PersonHeads = WordSet.Of("""
        spokesperson spokesman spokeswoman official employee executive source engineer analyst expert lawmaker legislator researcher staffer
        worker aide diplomat investigator regulator opponent critic supporter economist investor activist observer insider reporter journalist
        officer scientist doctor prosecutor witness resident protester adviser advisor senator lawyer attorney voter candidate leader delegate
        questioner historian pollster strategist operative
        """);

    private static readonly HashSet<string> GroupHeads = WordSet.Of("""
        spokespeople officials employees executives sources engineers analysts experts lawmakers legislators researchers staffers workers aides
        diplomats investigators regulators opponents critics supporters economists investors activists observers insiders reporters journalists
        officers scientists doctors prosecutors witnesses residents protesters advisers advisors staff authorities police senators lawyers
        attorneys voters candidates leaders delegates parents students teachers citizens historians pollsters strategists operatives
        """);

    private static readonly HashSet<string> OrganizationHeads = WordSet.Of("agency agencies department departments");

    /// <summary>Whether a lower-case word names people who speak ("police", "officials", "a spokesman").</summary>
    public static bool IsPeopleHead(string lower) => PersonHeads.Contains(lower) || GroupHeads.Contains(lower);

    /// <summary>Heads that are often modifiers ("government relations"): only a head when nothing of the noun phrase follows.</summary>
    private static readonly HashSet<string> InstitutionHeads = WordSet.Of("government administration ministry");

    private static readonly HashSet<string> TailPrepositions = WordSet.Of("in at from");

    private static readonly HashSet<string> TailWords = WordSet.Of("the of");

    private static readonly HashSet<string> Predicates = WordSet.Of("is was are were be been became become as");

    public static IEnumerable<(string Name, EntityKind Kind, SentenceView Sentence)> Find(SentenceView s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var head = tokens[i];
            var kind = KindOf(head.Lower);
            if (kind is null || (head.IsCapitalized && !s.OpensSentence(i)) || (head.Possessive && kind == EntityKind.Group))
            {
                continue;
            }

            if (InstitutionHeads.Contains(head.Lower) && i + 1 < tokens.Count && s.SpaceBefore(i + 1) && !head.Possessive
                && Words.IsModifier(tokens[i + 1]))
            {
                continue;
            }

            // "spokesman Zhao Lijian": a title before a name, not an unnamed speaker.
            if (i + 1 < tokens.Count && s.SpaceBefore(i + 1) && tokens[i + 1].IsCapitalized && !head.Possessive)
            {
                continue;
            }

            var start = i;
            var determiner = false;
            var modifiers = 0;
            while (start > 0 && s.SpaceBefore(start) && modifiers < MaxModifiers)
            {
                var t = tokens[start - 1];
                if (Words.Determiners.Contains(t.Lower))
                {
                    determiner = true;
                    start--;
                    break;
                }

                if (!(t.Possessive && !Words.PossessivePronouns.Contains(t.Lower)) && !Words.IsModifier(t))
                {
                    break;
                }

                start--;
                modifiers++;
            }

            if (!determiner && start < i && start > 0 && !tokens[start].IsCapitalized && Words.VerbMarkers.Contains(tokens[start - 1].Lower))
            {
                start++;
                modifiers--;
            }

            if (start > 0 && Predicates.Contains(tokens[start - 1].Lower))
            {
                // "Eric Dor is a French economist": a description of a named person.
                continue;
            }

            var pronoun = start > 0 && Words.PossessivePronouns.Contains(tokens[start - 1].Lower);
            if (pronoun || (!determiner && modifiers == 0 && kind != EntityKind.Group)
                || (kind == EntityKind.Organization && i > 0 && tokens[i - 1].IsCapitalized && start == i - 1))
            {
                continue;
            }

            var end = head.Possessive ? i : Tail(s, i);
            if (determiner && IsAppositive(s, start, end))
            {
                continue;
            }

            var last = tokens[end];
            var stop = end == i && head.Possessive ? last.NameEnd : last.End;
            var phrase = Words.Squash(s.Text.AsSpan(tokens[start].Start, stop - tokens[start].Start));
            if (Words.Determiners.Contains(tokens[start].Lower) || start == i)
            {
                phrase = char.ToLowerInvariant(phrase[0]) + phrase[1..];
            }

            yield return (phrase, kind.Value, s);
        }
    }

    /// <summary>The key under which identical phrases merge: lower case, leading article dropped.</summary>
    public static string Key(string phrase)
    {
        var lower = phrase.ToLowerInvariant();
        foreach (var article in (string[])["a ", "an ", "the "])
        {
            if (lower.StartsWith(article, StringComparison.Ordinal))
            {
                return lower[article.Length..];
            }
        }

        return lower;
    }

    /// <summary>"Stephen Jen, a former economist at the fund, said": the phrase describes the name before it;
    /// "the firm's founder, Jane Roe, said": the name after it.</summary>
    private static bool IsAppositive(SentenceView s, int start, int end)
    {
        var tokens = s.Tokens;
        if (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && !tokens[end].Possessive && s.GapBefore(end + 1).Trim().SequenceEqual(","))
        {
            // The name is set off by a second comma ("According to an official, Beijing would ..." names no one).
            var nameEnd = NameSequence.Extend(s, end + 1) + 1;
            return nameEnd >= tokens.Count || (s.GapBefore(nameEnd).Trim().SequenceEqual(",") && tokens[nameEnd].Lower is not ("and" or "or"));
        }

        if (start == 0 || !tokens[start - 1].IsCapitalized || !s.GapBefore(start).Contains(','))
        {
            return false;
        }

        var after = end + 1;
        return after >= tokens.Count || !s.SpaceBefore(after) || tokens[after].Lower is "who" or "whose";
    }

    public static bool IsSpeakerNoun(string lower) => KindOf(lower) is not null;

    private static EntityKind? KindOf(string lower) =>
        PersonHeads.Contains(lower) ? EntityKind.Person
        : GroupHeads.Contains(lower) ? EntityKind.Group
        : OrganizationHeads.Contains(lower) || InstitutionHeads.Contains(lower) ? EntityKind.Organization
        : null;

    /// <summary>"in mainland China", "in ByteDance's government relations team": a short place or group after the head.</summary>
    private static int Tail(SentenceView s, int head)
    {
        var tokens = s.Tokens;
        var p = head + 1;
        if (p + 1 >= tokens.Count || !s.SpaceBefore(p) || !TailPrepositions.Contains(tokens[p].Lower))
        {
            return head;
        }

        var end = head;
        for (var k = p + 1; k < tokens.Count && k <= p + MaxTail && s.SpaceBefore(k); k++)
        {
            var t = tokens[k];
            if (TailWords.Contains(t.Lower))
            {
                continue;
            }

            if (!t.Possessive && !Words.IsModifier(t))
            {
                break;
            }

            end = k;
            if (t.Possessive && !t.IsCapitalized)
            {
                break;
            }
        }

        return end;
    }
}
