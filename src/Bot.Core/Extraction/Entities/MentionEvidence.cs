using Bot.Core.Facts;

namespace Bot.Core.Extraction.Entities;

/// <summary>Creates a mention and records what its form and neighbours say about its kind.</summary>
internal static class MentionEvidence
{
    /// <summary>The mention of tokens <paramref name="a"/> to <paramref name="b"/>, with the evidence of its form and context.</summary>
    public static Mention Create(SentenceView s, int a, int b, bool honorific, int titleStart)
    {
        var tokens = s.Tokens;
        var last = tokens[b];
        var hyphenHead = last.CapitalizedHyphenHead;
        var nameEnd = hyphenHead is null ? last.NameEnd : last.Start + hyphenHead.Length;
        var mention = new Mention(s, Words.Squash(s.Text.AsSpan(tokens[a].Start, nameEnd - tokens[a].Start)), a, b) { TitleStart = titleStart };
        var votes = mention.Votes;
        if (honorific)
        {
            votes.Add(EntityKind.Person, 5);
        }

        if (titleStart >= 0)
        {
            votes.Add(EntityKind.Person, 4);
        }

        if (hyphenHead is not null && last.Lower.EndsWith("-based", StringComparison.Ordinal))
        {
            votes.Add(EntityKind.Place, 2);
        }

        var single = a == b;
        if (Gazetteer.Places.Contains(mention.Name))
        {
            votes.Add(EntityKind.Place, 5);
        }
        else if (EntityLexicon.OrganizationSuffixes.Contains(last.Lower) || HasOrganizationHeadBeforeConnector(s, a, b))
        {
            votes.Add(EntityKind.Organization, single ? 3 : 5);
        }
        else if (EntityLexicon.GroupNouns.Contains(last.Lower))
        {
            votes.Add(EntityKind.Group, 5);
        }
        else if (!single && EntityLexicon.PlaceSuffixes.Contains(last.Lower))
        {
            votes.Add(EntityKind.Place, 3);
        }
        else if (single && last.IsAcronym)
        {
            votes.Add(EntityKind.Organization, 2);
        }

        if (single && PersonNames.GivenNames.Contains(last.Lower))
        {
            votes.Add(EntityKind.Person, 1);
        }

        if (tokens[a].IsMixedCase || (b > a && last.IsMixedCase))
        {
            votes.Add(EntityKind.Organization, 2);
        }

        if (!single)
        {
            PersonPatternVotes(s, a, b, votes);
        }

        ContextVotes(s, a, b, votes);
        return mention;
    }

    private static void PersonPatternVotes(SentenceView s, int a, int b, KindVotes votes)
    {
        var tokens = s.Tokens;
        if (PersonNames.GivenNames.Contains(tokens[a].Lower))
        {
            votes.Add(EntityKind.Person, 3);
        }
        else if (b - a <= 2 && PersonNames.ChineseSurnames.Contains(tokens[a].Lower))
        {
            votes.Add(EntityKind.Person, 2);
        }

        var simple = b - a <= 2;
        for (var k = a; k <= b && simple; k++)
        {
            simple = tokens[k].Text.Length > 1 && !tokens[k].IsAcronym && !tokens[k].IsMixedCase
                && !EntityLexicon.OrganizationSuffixes.Contains(tokens[k].Lower);
        }

        if (simple)
        {
            votes.Add(EntityKind.Person, 1);
        }
    }

    private static void ContextVotes(SentenceView s, int a, int b, KindVotes votes)
    {
        var tokens = s.Tokens;
        if (b + 1 < tokens.Count && tokens[b + 1].Lower == "who" && s.GapBefore(b + 1).Trim().SequenceEqual(","))
        {
            // "Who" refers to people; organisations take "which".
            votes.Add(EntityKind.Person, 2);
        }

        if (b + 1 < tokens.Count && (s.SpaceBefore(b + 1) || tokens[b].Possessive))
        {
            var next = tokens[b + 1].Lower;
            if (EntityLexicon.ReportingVerbs.Contains(next) && !tokens[b].Possessive)
            {
                votes.Add(EntityKind.Person, 1);
            }
            else if (next is "reported" or "reports" or "reporters" or "journalists")
            {
                votes.Add(EntityKind.Organization, 1);
            }

            if (EntityLexicon.OrganizationContextNouns.Contains(next) && !tokens[b + 1].IsCapitalized)
            {
                votes.Add(EntityKind.Organization, 2);
            }
            else if (EntityLexicon.ProductContextNouns.Contains(next) && !tokens[b + 1].IsCapitalized && !tokens[b].Possessive)
            {
                // "the Floodly app"; "Floodly's app" is the app of a company.
                votes.Add(EntityKind.Product, 2);
            }
            else if (tokens[b].Possessive && EntityLexicon.PersonContextNouns.Contains(next))
            {
                votes.Add(EntityKind.Person, 1);
            }
            else if (!tokens[b].Possessive && next is "campaign" or "administration" or "supporters" or "allies" or "aides" or "presidency")
            {
                // "the Trump campaign", "Obama administration".
                votes.Add(EntityKind.Person, 1);
            }
        }

        if (a > 0 && s.SpaceBefore(a) && tokens[a - 1].Lower is "said" or "says")
        {
            votes.Add(EntityKind.Person, 1);
        }

        if (a == b && a > 0 && s.SpaceBefore(a) && tokens[a - 1].Lower is "in" or "near" or "from" or "across" or "outside")
        {
            votes.Add(EntityKind.Place, 1);
        }
    }

    /// <summary>True when the tokens spell a place of the gazetteer.</summary>
    public static bool IsPlace(SentenceView s, int a, int b)
    {
        if (a == b)
        {
            return Gazetteer.Places.Contains(s.Tokens[a].Text);
        }

        // No place name in the gazetteer has more than four words.
        return b - a < 4 && Gazetteer.Places.Contains(Words.Squash(s.Text.AsSpan(s.Tokens[a].Start, s.Tokens[b].NameEnd - s.Tokens[a].Start)));
    }

    /// <summary>"Ieseg School of Management", "Centers for Disease Control": an organisation word before "of" or "for".</summary>
    public static bool HasOrganizationHeadBeforeConnector(SentenceView s, int a, int b)
    {
        for (var k = a; k < b; k++)
        {
            if (s.Tokens[k + 1].Lower is "of" or "for" && EntityLexicon.OrganizationSuffixes.Contains(s.Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }
}
