namespace Bot.Core.Extraction.Entities;

/// <summary>Word tests shared by the descriptor, appositive and generic-speaker rules.</summary>
internal static class Words
{
    /// <summary>Words that end a run of modifiers: verbs and particles not covered by the common-word list.</summary>
    private static readonly HashSet<string> ModifierStops = WordSet.Of("""
        met sent saw hit won lost led beat become became make made take took give gave get got go went come came say tell meet call
        include including includes like unlike against versus amid via per plus toward towards onto upon into within across along behind
        beyond near off out up down whom whose than
        """);

    /// <summary>Articles, quantifiers and numbers that open a noun phrase.</summary>
    public static readonly HashSet<string> Determiners = WordSet.Of("""
        a an the several some many two three four five six seven eight nine ten dozens hundreds thousands few other most numerous various certain
        multiple another any each every
        """);

    public static readonly HashSet<string> PossessivePronouns = WordSet.Of("his her their its our my your");

    /// <summary>Finite verbs that show a stretch of text is a clause, not a noun phrase.</summary>
    public static readonly HashSet<string> Auxiliaries = WordSet.Of("is are was were would will has have had can could should may might must does did do shall");

    /// <summary>Words after which a lowercase word is a verb ("to exhort legislators").</summary>
    public static readonly HashSet<string> VerbMarkers = WordSet.Of("to will would can could should may might must not shall do does did");

    /// <summary>Acronyms of common nouns, not of names.</summary>
    public static readonly HashSet<string> CommonAcronyms = WordSet.Of("gdp g.d.p. ceo cfo coo cto tv ai ipo pr hq phd dna rna atm suv vat gmt utc am pm a.m. p.m. ok usd eur ufo it id pc faq");

    /// <summary>True for a word that can stand inside a descriptor or a noun phrase before its head noun.</summary>
    public static bool IsModifier(Token t)
    {
        if (t.IsAcronym)
        {
            return true;
        }

        if (!char.IsLetter(t.Text[0]) || EntityLexicon.CommonWords.Contains(t.Lower) || ModifierStops.Contains(t.Lower)
            || EntityLexicon.ReportingVerbs.Contains(t.Lower) || EntityLexicon.Months.Contains(t.Lower) || EntityLexicon.Weekdays.Contains(t.Lower))
        {
            return false;
        }

        if (t.IsCapitalized || t.Text.Contains('-', StringComparison.Ordinal))
        {
            return true;
        }

        // Past participles and adverbs usually belong to the clause, not to the noun phrase ("developed by", "recently").
        return !(t.Lower.Length > 4 && t.Lower.EndsWith("ed", StringComparison.Ordinal)) && !t.Lower.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>The kind a head noun points to, or null.</summary>
    public static Facts.EntityKind? KindOfHead(string lower) =>
        EntityLexicon.PersonRoleNouns.Contains(lower) ? Facts.EntityKind.Person
        : EntityLexicon.OrganizationNouns.Contains(lower) ? Facts.EntityKind.Organization
        : EntityLexicon.PlaceNouns.Contains(lower) ? Facts.EntityKind.Place
        : EntityLexicon.ProductNouns.Contains(lower) ? Facts.EntityKind.Product
        : null;

    /// <summary>The kind the head noun at <paramref name="head"/> points to, read with the word before it.</summary>
    public static Facts.EntityKind? KindOfHead(SentenceView s, int head)
    {
        var kind = KindOfHead(s.Tokens[head].Lower);

        // A news website or a wire service is an outlet, which the article treats as an organisation, not as a product.
        return kind == Facts.EntityKind.Product && head > 0 && EntityLexicon.OutletModifiers.Contains(s.Tokens[head - 1].Lower)
            ? Facts.EntityKind.Organization
            : kind;
    }

    /// <summary>Collapses runs of whitespace (line breaks inside a block) into single spaces.</summary>
    public static string Squash(ReadOnlySpan<char> text)
    {
        var buffer = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = buffer.Length > 0;
                continue;
            }

            if (space)
            {
                buffer.Append(' ');
                space = false;
            }

            buffer.Append(c);
        }

        return buffer.ToString();
    }
}
