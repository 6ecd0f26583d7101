namespace Bot.Core.Extraction.Entities;

/// <summary>Finds where a run of capitalised words ends, keeping connectors inside names ("Bank of England").</summary>
internal static class NameSequence
{
    /// <summary>The last token of the run of names starting at <paramref name="start"/>.</summary>
    public static int Extend(SentenceView s, int start)
    {
        var tokens = s.Tokens;
        var j = start;
        var connected = false;
        while (j + 1 < tokens.Count && (!tokens[j].Possessive || EntityLexicon.NamePossessives.Contains(tokens[j].Lower))
            && tokens[j].CapitalizedHyphenHead is null)
        {
            if (tokens[j + 1].IsCapitalized && Joinable(s, j))
            {
                j++;
                continue;
            }

            var next = tokens[j + 1].Lower;
            var joins = next switch
            {
                "of" or "for" => EntityLexicon.ConnectorHeads.Contains(tokens[j].Lower),
                "and" => connected || AndJoinsOrganization(s, start, j),
                _ => EntityLexicon.NameParticles.Contains(next) && !tokens[j + 1].IsCapitalized,
            };
            var skip = joins && next == "of" && j + 3 < tokens.Count && tokens[j + 2].Lower == "the" ? 2 : 1;
            if (joins && j + skip + 1 < tokens.Count && tokens[j + skip + 1].IsCapitalized
                && Enumerable.Range(j + 1, skip + 1).All(s.SpaceBefore))
            {
                connected |= next is "of" or "for";
                j += skip + 1;
                continue;
            }

            break;
        }

        return j;
    }

    /// <summary>"Environment and Public Works Committee": "and" inside a name that ends as an organisation's does.</summary>
    private static bool AndJoinsOrganization(SentenceView s, int start, int j)
    {
        var tokens = s.Tokens;
        if (PersonNames.GivenNames.Contains(tokens[start].Lower) || Gazetteer.Places.Contains(tokens[j].Text))
        {
            return false;
        }

        var k = j + 2;
        while (k < tokens.Count && tokens[k].IsCapitalized && s.SpaceBefore(k) && !tokens[k].Possessive)
        {
            k++;
        }

        return k - 1 > j + 1 && EntityLexicon.OrganizationSuffixes.Contains(tokens[k - 1].Lower);
    }

    private static bool Joinable(SentenceView s, int j)
    {
        if (s.SpaceBefore(j + 1))
        {
            return true;
        }

        // "Mr. Dor", "George W. Bush": a period after an honorific or an initial stays inside the name.
        var gap = s.GapBefore(j + 1);
        var t = s.Tokens[j];
        return gap.Length >= 2 && gap[0] == '.' && gap[1..].IsWhiteSpace()
            && (t.IsInitial || PersonNames.Honorifics.Contains(t.Lower) || EntityLexicon.TitleWords.Contains(t.Lower));
    }
}
