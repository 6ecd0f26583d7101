namespace Bot.Core.Extraction.Entities;

/// <summary>Finds the names in a sentence: runs of capitalised words, cut into the names they hold.</summary>
/// <param name="seenInsideSentences">Words the article capitalises somewhere other than at a sentence start.</param>
internal sealed class MentionFinder(IReadOnlySet<string> seenInsideSentences)
{
    /// <summary>How many words may stand between "is a" and the kind noun of a definition.</summary>
    private const int DefinitionModifiers = 3;

    /// <summary>Sentence-opening words dropped for want of evidence: kept only if they turn out to be a variant spelling of a name.</summary>
    public List<Mention> Doubtful { get; } = [];

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

            var end = NameSequence.Extend(s, i);
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
                boundary = isHonorific || EntityLexicon.Months.Contains(t.Lower) || EntityLexicon.Weekdays.Contains(t.Lower) || IsMonthAbbreviation(s, k)
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
        var orgSuffix = b > a && (EntityLexicon.OrganizationSuffixes.Contains(last.Lower) || MentionEvidence.HasOrganizationHeadBeforeConnector(s, a, b));
        var titleStart = -1;
        if (!orgSuffix && !MentionEvidence.IsPlace(s, a, b))
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
        if (titleStart < 0 && a < b && EntityLexicon.DemonymAdjectives.Contains(tokens[a].Lower) && !orgSuffix && !MentionEvidence.IsPlace(s, a, b)
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
                if (a == b && !IsNotAName(tokens[a]) && !LooksLikeOpeningWord(tokens[a]))
                {
                    Doubtful.Add(MentionEvidence.Create(s, a, b, false, -1));
                }

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

        mentions.Add(MentionEvidence.Create(s, a, b, honorific, titleStart));
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
                if (len == b - a + 1 || !MentionEvidence.IsPlace(s, k, k + len - 1))
                {
                    continue;
                }

                if (k > a)
                {
                    AddChecked(s, a, k - 1, mentions);
                }

                mentions.Add(MentionEvidence.Create(s, k, k + len - 1, false, -1));
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
            mentions.Add(MentionEvidence.Create(s, a, b, false, -1));
        }
    }

    private static void EmitPlacesInside(SentenceView s, int a, int b, List<Mention> mentions)
    {
        for (var k = a; k <= b; k++)
        {
            if (MentionEvidence.IsPlace(s, k, k))
            {
                mentions.Add(MentionEvidence.Create(s, k, k, false, -1));
            }
        }
    }

    private bool Trusted(Token t) =>
        seenInsideSentences.Contains(t.Text) || Gazetteer.Places.Contains(t.Text) || PersonNames.GivenNames.Contains(t.Lower)
        || t.IsAcronym || t.IsMixedCase || EntityLexicon.GroupNouns.Contains(t.Lower) || (t.CapitalizedHyphenHead is { } head && Gazetteer.Places.Contains(head));

    /// <summary>"Jan. 20", "Sep 2021": a short month name before a period or a number, not a given name.</summary>
    private static bool IsMonthAbbreviation(SentenceView s, int k)
    {
        var t = s.Tokens[k];
        return t.Lower is "jan" or "mar" or "apr" or "jun" or "jul" or "sep"
            && ((k + 1 < s.Tokens.Count && char.IsDigit(s.Tokens[k + 1].Text[0])) || (t.End < s.Text.Length && s.Text[t.End] == '.'));
    }

    /// <summary>A sentence-opening word is a name when a name is coordinated with it or a reporting verb follows it.</summary>
    private static bool LooksNamedByContext(SentenceView s, int a)
    {
        var tokens = s.Tokens;
        if (a + 1 >= tokens.Count || !s.SpaceBefore(a + 1))
        {
            return false;
        }

        var next = tokens[a + 1];
        return !LooksLikeOpeningWord(tokens[a])
            && ((EntityLexicon.ReportingVerbs.Contains(next.Lower) && !tokens[a].Possessive)
                || (next.Lower is "and" or "or" && a + 2 < tokens.Count && tokens[a + 2].IsCapitalized && !EntityLexicon.CommonWords.Contains(tokens[a + 2].Lower))
                || DefinedAsKind(s, a));
    }

    /// <summary>"Hovix is a budgeting application": a copula and an indefinite noun phrase headed by a kind noun define a name.</summary>
    private static bool DefinedAsKind(SentenceView s, int a)
    {
        var tokens = s.Tokens;
        if (tokens[a].Possessive || a + 3 >= tokens.Count || tokens[a + 1].Lower is not ("is" or "was") || tokens[a + 2].Lower is not ("a" or "an"))
        {
            return false;
        }

        for (var k = a + 3; k < tokens.Count && k <= a + 3 + DefinitionModifiers && s.SpaceBefore(k); k++)
        {
            if (Words.KindOfHead(tokens[k].Lower) is not null)
            {
                return true;
            }

            if (!Words.IsModifier(tokens[k]))
            {
                return false;
            }
        }

        return false;
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
