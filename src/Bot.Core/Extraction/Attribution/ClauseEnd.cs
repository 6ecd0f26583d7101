using System.Collections.Frozen;
using Bot.Core.Language;

namespace Bot.Core.Extraction.Attribution;

/// <summary>Where reported content ends inside its sentence: before a dash or a parenthesis that opens an aside,
/// and, when the content has no verb of its own yet (an object or an infinitive, not a clause), before "and" plus
/// a past-tense verb, which starts the speaker's next action ("urged X to act, and criticized Y"), before ", and"
/// plus a new subject, and, after a verb that is not speaking, before an adjunct of occasion ("in a statement",
/// "during the debate"). Inside a reported clause ("said he rated them and talked about ...") the same words go on
/// with what was said; after a clause that a verb of showing or finding reports, a comma and a participle
/// ("contradicting ...") are the writer's. Annotators of news attribution stop the content there.</summary>
internal static class ClauseEnd
{
    private static readonly FrozenSet<string> Conjunctions = FrozenSet.Create(StringComparer.Ordinal, "and", "but");

    // Irregular pasts are read from the verb table; regular ones by their ending.
    private static readonly FrozenSet<string> IrregularPasts = VerbLexicon.Default
        .Forms(VerbProperty.None, VerbInflection.Past).Where(p => !p.EndsWith("ed", StringComparison.Ordinal))
        .ToFrozenSet(StringComparer.Ordinal);

    // Words in -ed that are rarely a verb after "and".
    private static readonly FrozenSet<string> NotVerbs = FrozenSet.Create(
        StringComparer.Ordinal, "indeed", "united", "red", "need", "speed", "seed", "feed", "bed", "hundred", "naked", "wicked", "sacred", "beloved");

    /// <summary>The end of the content that starts at <paramref name="start"/> and runs at most to <paramref name="end"/>;
    /// <paramref name="speech"/> when the cue is a verb of speaking, whose content is a clause still to come.</summary>
    public static int Find(string text, QuoteMap quotes, int start, int end, bool speech)
    {
        var clause = WordAt(text, start, end) == "that";
        for (var j = start + 1; j < end; j++)
        {
            var c = text[j];
            if (quotes.IsInside(j))
            {
                continue;
            }

            if (c is '―' or '—' or '(')
            {
                return Trimmed(text, start, j);
            }

            if (c != ' ' || WordAt(text, j + 1, end) is not { } word)
            {
                continue;
            }

            // "praised the plan, which includes ...", "rejected the appeal, citing ...": what a verb that is not
            // speaking takes is a noun phrase, and a comma then a relative or a participle starts an aside.
            if (!clause && !speech && text[j - 1] == ',' && (word is "which" or "who" || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))))
            {
                return Trimmed(text, start, j);
            }

            if (Conjunctions.Contains(word) && !clause && NextWord(text, j + 1 + word.Length, end) is { } verb && (IsPast(verb) || verb is "had" or "was" or "were" or "did") && j - start > 12)
            {
                return Trimmed(text, start, j);
            }

            // "agreed to lend him $5 million, and the union also stepped in": a new subject, a new clause.
            if (Conjunctions.Contains(word) && !clause && text[j - 1] == ',' && j - start > 12 && NewSubject(text, j + 1 + word.Length, end))
            {
                return Trimmed(text, start, j);
            }

            // "called for more investment in a statement on Thursday": where and when it was said, not what.
            if (!clause && !speech && j - start > 8 && Adjunct(text, j + 1, end))
            {
                return Trimmed(text, start, j);
            }

            // "Video shows that his hands were up, contradicting the police": the writer's aside after the clause.
            if (clause && !speech && text[j - 1] == ',' && word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && word != "including")
            {
                return Trimmed(text, start, j);
            }

            clause |= CueLexicon.FiniteVerbs.Contains(word) || IsPast(word);
        }

        return end;
    }

    private static readonly string[] Adjuncts =
    [
        "during ", "in a statement", "in an interview", "in a speech", "in an email", "in a tweet", "at a news conference",
        "at a press conference", "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
    ];

    /// <summary>Whether an adjunct of occasion or time starts at <paramref name="from"/>.</summary>
    private static bool Adjunct(string text, int from, int end)
    {
        foreach (var a in Adjuncts)
        {
            if (from + a.Length <= end && string.CompareOrdinal(text, from, a, 0, a.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A determiner, a pronoun or a capitalised word: the start of a clause's subject.</summary>
    private static bool NewSubject(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        var word = WordAt(text, i, end);
        return word is "the" or "a" or "an" or "he" or "she" or "they" or "it" or "his" or "her" or "their" or "its" || (i < end && char.IsUpper(text[i]));
    }

    private static bool IsPast(string word) =>
        IrregularPasts.Contains(word)
        || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && !NotVerbs.Contains(word));

    private static string? NextWord(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        var word = WordAt(text, i, end);
        return word is "also" or "then" or "later" ? NextWord(text, i + word.Length, end) : word;
    }

    private static string? WordAt(string text, int from, int end)
    {
        var i = from;
        while (i < end && char.IsLower(text[i]))
        {
            i++;
        }

        return i > from && (i == end || !char.IsLetter(text[i])) ? text[from..i] : null;
    }

    private static int Trimmed(string text, int start, int j)
    {
        while (j > start && (char.IsWhiteSpace(text[j - 1]) || text[j - 1] is ',' or ';'))
        {
            j--;
        }

        return j;
    }
}
