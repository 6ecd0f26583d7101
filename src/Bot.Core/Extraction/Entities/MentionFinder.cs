using Bot.Core.Facts;

namespace Bot.Core.Extraction.Entities;

/// <summary>Finds the names in a sentence: runs of capitalised words, cut into the names they hold.</summary>
/// <param name="seenInsideSentences">Words the article capitalises somewhere other than at a sentence start.</param>
internal sealed class MentionFinder(IReadOnlySet<string> seenInsideSentences)
{
    public List<Mention> Find(SentenceView s)
    {
        var mentions = new List<Mention>();
        var tokens = s.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized)
            {
                i++;
                continue;
            }

            var end = ExtendSequence(s, i);
            SplitSequence(s, i, end, mentions);
            i = end + 1;
        }

        return mentions;
    }

    /// <summary>Capitalised words that do not open a sentence: a word capitalised only there needs other evidence.</summary>
    public static void CollectInsideWords(SentenceView s, HashSet<string> seen)
    {
        for (var i = 1; i < s.Tokens.Count; i++)
        {
            if (s.Tokens[i].IsCapitalized && !s.OpensSentence(i))
            {
                seen.Add(s.Tokens[i].Text);
            }
        }
    }

    private static int ExtendSequence(SentenceView s, int start)
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

    /// <summary>Drops words capitalised for other reasons (months, sentence starters) and cuts off honorifics and titles.</summary>
    private void SplitSequence(SentenceView s, int start, int end, List<Mention> mentions)
    {
        var tokens = s.Tokens;
        var pieceStart = start;
        var honorific = false;
        for (var k = start; k <= end + 1; k++)
        {
            var boundary = k > end;
            if (!boundary)
            {
                var t = tokens[k];
                if (!t.IsCapitalized)
                {
                    continue;
                }

                var isHonorific = PersonNames.Honorifics.Contains(t.Lower);
                var initial = t.IsInitial && k < end && s.GapBefore(k + 1).StartsWith(".");
                boundary = isHonorific || EntityLexicon.Months.Contains(t.Lower) || EntityLexicon.Weekdays.Contains(t.Lower)
                    || (!initial && EntityLexicon.CommonWords.Contains(t.Lower) && !Gazetteer.Places.Contains(t.Text));
                if (boundary)
                {
                    EmitPiece(s, pieceStart, k - 1, honorific, mentions);
                    honorific = isHonorific;
                    pieceStart = k + 1;
                }

                continue;
            }

            EmitPiece(s, pieceStart, end, honorific, mentions);
        }
    }

    private void EmitPiece(SentenceView s, int a, int b, bool honorific, List<Mention> mentions)
    {
        var tokens = s.Tokens;
        while (a <= b && !tokens[a].IsCapitalized)
        {
            a++;
        }

        while (b >= a && !tokens[b].IsCapitalized)
        {
            b--;
        }

        if (a > b)
        {
            return;
        }

        var last = tokens[b];
        var orgSuffix = b > a && (EntityLexicon.OrganizationSuffixes.Contains(last.Lower) || HasOrganizationHeadBeforeConnector(s, a, b));
        var titleStart = -1;
        if (!orgSuffix && !IsPlace(s, a, b))
        {
            var title = LastTitle(s, a, b);
            if (title >= 0)
            {
                titleStart = a;
                EmitPlacesInside(s, a, title, mentions);
                a = title + 1;
                while (a <= b && !tokens[a].IsCapitalized)
                {
                    a += 2;
                }

                if (a > b || Enumerable.Range(a, b - a + 1).All(k => EntityLexicon.TitleWords.Contains(tokens[k].Lower)))
                {
                    return;
                }
            }
        }

        // "Chinese Douyin" names Douyin, but "Republican National Convention" keeps its adjective.
        if (titleStart < 0 && a < b && EntityLexicon.DemonymAdjectives.Contains(tokens[a].Lower) && !orgSuffix && !IsPlace(s, a, b)
            && (a + 1 == b || PersonNames.GivenNames.Contains(tokens[a + 1].Lower)))
        {
            a++;
        }

        if (EntityLexicon.PeriodWords.Contains(tokens[b].Lower))
        {
            return;
        }

        if (titleStart < 0 && !honorific && s.OpensSentence(a) && !Trusted(tokens[a])
            && !(a < b && PersonNames.ChineseSurnames.Contains(tokens[a].Lower) && !EntityLexicon.CommonWords.Contains(tokens[a].Lower)))
        {
            // Capitalised only because it opens the sentence, unless the context says it is a name.
            if (a < b ? LooksLikeOpeningWord(tokens[a]) : !LooksNamedByContext(s, a))
            {
                EmitPiece(s, a + 1, b, false, mentions);
                return;
            }
        }

        if (a == b && !honorific && IsNotAName(tokens[a]))
        {
            return;
        }

        if (!orgSuffix && !honorific && titleStart < 0 && a < b && !PersonNames.GivenNames.Contains(tokens[a].Lower)
            && !EntityLexicon.PlaceSuffixes.Contains(tokens[b].Lower)
            && !HasConnector(s, a, b) && SplitAtPlace(s, a, b, mentions))
        {
            return;
        }

        mentions.Add(CreateMention(s, a, b, honorific, titleStart));
    }

    private static Mention CreateMention(SentenceView s, int a, int b, bool honorific, int titleStart)
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
            else if (tokens[b].Possessive && EntityLexicon.PersonContextNouns.Contains(next))
            {
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

    private static bool IsPlace(SentenceView s, int a, int b)
    {
        if (a == b)
        {
            return Gazetteer.Places.Contains(s.Tokens[a].Text);
        }

        // No place name in the gazetteer has more than four words.
        return b - a < 4 && Gazetteer.Places.Contains(Words.Squash(s.Text.AsSpan(s.Tokens[a].Start, s.Tokens[b].NameEnd - s.Tokens[a].Start)));
    }

    /// <summary>"Ieseg School of Management", "Centers for Disease Control": an organisation word before "of" or "for".</summary>
    private static bool HasOrganizationHeadBeforeConnector(SentenceView s, int a, int b)
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

    private static int LastTitle(SentenceView s, int a, int b)
    {
        for (var k = b - 1; k >= a; k--)
        {
            if (s.Tokens[k].IsCapitalized && EntityLexicon.TitleWords.Contains(s.Tokens[k].Lower))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool HasConnector(SentenceView s, int a, int b)
    {
        for (var k = a; k <= b; k++)
        {
            if (!s.Tokens[k].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"TikTok US meetings": a known place inside a run of names is a name of its own.</summary>
    private static bool SplitAtPlace(SentenceView s, int a, int b, List<Mention> mentions)
    {
        for (var k = a; k <= b; k++)
        {
            for (var len = Math.Min(3, b - k + 1); len >= 1; len--)
            {
                if (len == b - a + 1 || !IsPlace(s, k, k + len - 1))
                {
                    continue;
                }

                if (k > a)
                {
                    AddChecked(s, a, k - 1, mentions);
                }

                mentions.Add(CreateMention(s, k, k + len - 1, false, -1));
                if (k + len <= b && !SplitAtPlace(s, k + len, b, mentions))
                {
                    AddChecked(s, k + len, b, mentions);
                }

                return true;
            }
        }

        return false;
    }

    private static void AddChecked(SentenceView s, int a, int b, List<Mention> mentions)
    {
        if (a < b || !IsNotAName(s.Tokens[a]))
        {
            mentions.Add(CreateMention(s, a, b, false, -1));
        }
    }

    private static void EmitPlacesInside(SentenceView s, int a, int b, List<Mention> mentions)
    {
        for (var k = a; k <= b; k++)
        {
            if (IsPlace(s, k, k))
            {
                mentions.Add(CreateMention(s, k, k, false, -1));
            }
        }
    }

    private bool Trusted(Token t) =>
        seenInsideSentences.Contains(t.Text) || Gazetteer.Places.Contains(t.Text) || PersonNames.GivenNames.Contains(t.Lower)
        || t.IsAcronym || t.IsMixedCase || EntityLexicon.GroupNouns.Contains(t.Lower) || (t.CapitalizedHyphenHead is { } head && Gazetteer.Places.Contains(head));

    /// <summary>A sentence-opening word is a name when a name is coordinated with it or a reporting verb follows it.</summary>
    private static bool LooksNamedByContext(SentenceView s, int a)
    {
        var tokens = s.Tokens;
        if (a + 1 >= tokens.Count || !s.SpaceBefore(a + 1))
        {
            return false;
        }

        var next = tokens[a + 1];
        return (EntityLexicon.ReportingVerbs.Contains(next.Lower) && !tokens[a].Possessive)
            || (next.Lower is "and" or "or" && a + 2 < tokens.Count && tokens[a + 2].IsCapitalized && !EntityLexicon.CommonWords.Contains(tokens[a + 2].Lower));
    }

    /// <summary>An adverb, participle or plural common noun opening a sentence before a name ("Officials", "Asked", "Speaking").</summary>
    private static bool LooksLikeOpeningWord(Token t) =>
        t.Lower.EndsWith("ly", StringComparison.Ordinal) || t.Lower.EndsWith("ing", StringComparison.Ordinal)
        || t.Lower.EndsWith("ed", StringComparison.Ordinal) || GenericSpeakerFinder.IsSpeakerNoun(t.Lower)
        || EntityLexicon.DemonymAdjectives.Contains(t.Lower);

    private static bool IsNotAName(Token t) =>
        (EntityLexicon.DemonymAdjectives.Contains(t.Lower) && !Gazetteer.Places.Contains(t.Text)) || Words.CommonAcronyms.Contains(t.Lower)
        || EntityLexicon.TitleWords.Contains(t.Lower) || t.Text.Length < 2
        || (t.CapitalizedHyphenHead is { } head && EntityLexicon.DemonymAdjectives.Contains(head))
        || (t.Text.Contains('-', StringComparison.Ordinal) && t.Lower.Split('-').All(EntityLexicon.DemonymAdjectives.Contains));
}
