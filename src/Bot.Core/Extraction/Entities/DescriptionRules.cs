using Bot.Core.Facts;

namespace Bot.Core.Extraction.Entities;

/// <summary>Reads what the sentence says a name is: a title or role before it, an appositive after it,
/// or a definition ("X is a ...").</summary>
internal static class DescriptionRules
{
    private const int MaxModifiers = 6;
    private const int MaxListItemTokens = 4;
    private const int MaxBareAppositiveTokens = 8;
    private const int MaxSegmentTokens = 40;

    /// <summary>Words that end the noun phrase holding a description's head noun.</summary>
    private static readonly HashSet<string> HeadStops = WordSet.Of("of at in on for with from by who whom which that whose to and or as since");

    public static void Apply(Mention m)
    {
        if (Before(m) is { } before)
        {
            Add(m, before.Text, before.Head);
        }

        if (LeadingAppositive.Find(m) is { } leading)
        {
            Add(m, leading.Text, leading.Head);
        }

        if (Appositive(m) is { } appositive)
        {
            Add(m, appositive.Text, appositive.Head);
        }

        if (Definition(m) is { } definition)
        {
            Add(m, definition.Text, definition.Head);
        }
    }

    /// <param name="head">Token of the description's head noun, or -1.</param>
    private static void Add(Mention m, string text, int head)
    {
        m.Descriptions.Add(text);
        if (head < 0)
        {
            return;
        }

        var kind = Words.KindOfHead(m.Sentence, head);
        var noun = m.Sentence.Tokens[head].Lower;
        if (kind == EntityKind.Person || (m.TitleStart >= 0 && EntityLexicon.TitleWords.Contains(noun)))
        {
            m.RoleNouns.Add(noun);
        }

        if (m.TitleStart < 0 && kind is { } k)
        {
            m.Votes.Add(k, 3);
        }
    }

    /// <summary>"Chinese Foreign Ministry spokesman Zhao Lijian", "US news website BuzzFeed", "British Foreign Secretary Truss".</summary>
    private static (string Text, int Head)? Before(Mention m)
    {
        var s = m.Sentence;
        var tokens = s.Tokens;
        int head;
        int start;
        if (m.TitleStart >= 0)
        {
            head = m.FirstToken - 1;
            start = m.TitleStart;
        }
        else
        {
            head = m.FirstToken - 1;
            if (head < 0 || !s.SpaceBefore(m.FirstToken) || tokens[head].IsCapitalized || tokens[head].Possessive
                || Words.KindOfHead(tokens[head].Lower) is null || ModifiesNextNoun(m))
            {
                return null;
            }

            start = head;
        }

        var budget = MaxModifiers - (head - start);
        while (budget > 0 && start > 0 && s.SpaceBefore(start))
        {
            var t = tokens[start - 1];
            if (t.Possessive && !Words.PossessivePronouns.Contains(t.Lower))
            {
                start--;
                break;
            }

            if (!Words.IsModifier(t) || (!t.IsCapitalized && start > 1 && Words.VerbMarkers.Contains(tokens[start - 2].Lower)))
            {
                break;
            }

            start--;
            budget--;
        }

        // "Sen. Harlan Mosely": an abbreviated title keeps its period.
        var end = tokens[head].End;
        if (m.TitleStart >= 0 && end < s.Text.Length && s.Text[end] == '.')
        {
            end++;
        }

        return (Words.Squash(s.Text.AsSpan(tokens[start].Start, end - tokens[start].Start)), head);
    }

    /// <summary>"Elizabeth Kanter, TikTok's head of government relations in the UK, Ireland, the Netherlands, and Israel."</summary>
    private static (string Text, int Head)? Appositive(Mention m)
    {
        var s = m.Sentence;
        var tokens = s.Tokens;
        var first = m.LastToken + 1;
        if (first >= tokens.Count || tokens[m.LastToken].Possessive || !s.GapBefore(first).Trim().SequenceEqual(","))
        {
            return null;
        }

        var (a, b, final) = Segment(s, first);
        var lead = tokens[a];
        var head = HeadOf(s, a, b);
        var startsWithArticle = lead.Lower is "a" or "an" or "the";
        // Without a role noun, only "the X of Y" reads as a description ("the international version of Chinese Douyin").
        var accepted = startsWithArticle
            ? head >= 0 || (!tokens[Math.Min(a + 1, b)].IsCapitalized && HasOf(s, a, b))
            : (lead.Possessive && lead.IsCapitalized) || (!lead.IsCapitalized && head >= 0 && !EntityLexicon.CommonWords.Contains(lead.Lower));
        if (!accepted || !char.IsLetter(lead.Text[0]) || (head < 0 && b - a + 1 > MaxBareAppositiveTokens) || IsClause(s, a, b))
        {
            return null;
        }

        var end = b;
        while (!final && end + 1 < tokens.Count)
        {
            var next = Segment(s, end + 1);
            if (!IsListItem(s, (next.First, next.Last)))
            {
                break;
            }

            end = next.Last;
            final = next.Final;
        }

        return (Words.Squash(s.Text.AsSpan(lead.Start, tokens[end].End - lead.Start)), head);
    }

    /// <summary>"TikTok is a short video-sharing app developed by ...", "Eric Dor is a French economist who ...".</summary>
    private static (string Text, int Head)? Definition(Mention m)
    {
        var s = m.Sentence;
        var tokens = s.Tokens;
        for (var k = 0; k < m.FirstToken; k++)
        {
            if (!PersonNames.Honorifics.Contains(tokens[k].Lower))
            {
                return null;
            }
        }

        var verb = m.LastToken + 1;
        if (verb + 2 >= tokens.Count || tokens[m.LastToken].Possessive || tokens[verb].Lower is not ("is" or "was")
            || tokens[verb + 1].Lower is not ("a" or "an" or "the" or "one"))
        {
            return null;
        }

        var text = s.Text.AsSpan(tokens[verb + 1].Start).TrimEnd().TrimEnd(".!?\"”'’").TrimEnd();
        return (Words.Squash(text), HeadOf(s, verb + 1, Math.Min(tokens.Count - 1, verb + MaxSegmentTokens)));
    }

    /// <summary>The role, organisation or product noun heading a description: the last one before the phrase's first preposition or verb; -1 if none.</summary>
    private static int HeadOf(SentenceView s, int a, int b)
    {
        var head = -1;
        for (var k = a; k <= b; k++)
        {
            var t = s.Tokens[k];
            if (k > a && (HeadStops.Contains(t.Lower) || (!t.IsCapitalized && !Words.IsModifier(t) && !Words.Determiners.Contains(t.Lower))))
            {
                break;
            }

            if (Words.KindOfHead(t.Lower) is not null)
            {
                head = k;
            }
        }

        return head;
    }

    /// <summary>"official TikTok accounts": the name is a modifier, so the word before it describes the accounts.</summary>
    private static bool ModifiesNextNoun(Mention m)
    {
        var next = m.LastToken + 1;
        return next < m.Sentence.Tokens.Count && m.Sentence.SpaceBefore(next) && !m.Sentence.Tokens[m.LastToken].Possessive
            && (EntityLexicon.OrganizationContextNouns.Contains(m.Sentence.Tokens[next].Lower) || EntityLexicon.ProductContextNouns.Contains(m.Sentence.Tokens[next].Lower));
    }

    private static bool HasOf(SentenceView s, int a, int b)
    {
        for (var k = a + 1; k < b; k++)
        {
            if (s.Tokens[k].Lower == "of")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClause(SentenceView s, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            if (Words.Auxiliaries.Contains(s.Tokens[k].Lower) || EntityLexicon.ReportingVerbs.Contains(s.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The comma-separated stretch of at most <see cref="MaxSegmentTokens"/> tokens starting at <paramref name="first"/>.</summary>
    private static (int First, int Last, bool Final) Segment(SentenceView s, int first)
    {
        var limit = Math.Min(s.Tokens.Count, first + MaxSegmentTokens);
        for (var k = first + 1; k < limit; k++)
        {
            var gap = s.GapBefore(k);
            if (gap.Contains(',') || gap.Contains(';'))
            {
                return (first, k - 1, gap.Contains(';'));
            }
        }

        return (first, limit - 1, true);
    }

    /// <summary>"Ireland", "the Netherlands", "and Israel": a further name in a list that the appositive runs through.</summary>
    private static bool IsListItem(SentenceView s, (int First, int Last) segment)
    {
        var (a, b) = segment;
        if (s.Tokens[a].Lower is "and" or "or")
        {
            a++;
        }

        if (a <= b && s.Tokens[a].Lower == "the")
        {
            a++;
        }

        if (a > b || b - a + 1 > MaxListItemTokens)
        {
            return false;
        }

        for (var k = a; k <= b; k++)
        {
            if (!s.Tokens[k].IsCapitalized && !EntityLexicon.NameParticles.Contains(s.Tokens[k].Lower) && s.Tokens[k].Lower != "of")
            {
                return false;
            }
        }

        return true;
    }
}
