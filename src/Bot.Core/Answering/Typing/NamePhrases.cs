using System.Text.RegularExpressions;
using Bot.Core.Facts;
using P = Bot.Core.Answering.Typing.PhraseWords;

namespace Bot.Core.Answering.Typing;

/// <summary>Finds names: runs of capitalised words ("Frank Nervo", "Department of Veterans Affairs"), each
/// given a kind by the article's entities when it knows them, else by cue words ("Ministry" is an organisation,
/// "in X" a place, two capitalised words a person). A run it cannot place has no kind.</summary>
internal static partial class NamePhrases
{
    /// <param name="Describes">A lone nationality or party word before a noun ("Canadian company", "Democratic
    /// speechwriters"): it describes someone and names no one, so it answers no who, which or where.</param>
    public sealed record Name(string Text, int Start, AnswerType? Kind, bool Describes = false);

    public static List<Name> Find(string sentence, IReadOnlyList<Entity>? entities)
    {
        var names = new List<Name>();
        foreach (Match m in BasedRule().Matches(sentence))
        {
            names.Add(new Name(m.Groups["n"].Value, m.Groups["n"].Index, AnswerType.Place));
        }

        foreach (Match m in RunRule().Matches(sentence))
        {
            if (Trim(sentence, m.Index, m.Value) is not { } run || names.Any(n => n.Start == run.Start))
            {
                continue;
            }

            names.Add(IsDemonym(sentence, run) ? run with { Describes = true } : run with { Kind = KindOf(sentence, run, entities) });
        }

        return names;
    }

    private static Name? Trim(string sentence, int start, string text)
    {
        var words = text.Split(' ');
        var first = 0;
        // A curly apostrophe is the same word: "I’m" as "I'm".
        while (first < words.Length && (P.CapitalisedCommonWords.Contains(words[first].Replace('’', '\'')) || P.CalendarWords.Contains(words[first])))
        {
            start += words[first].Length + 1;
            first++;
        }

        var last = words.Length - 1;
        while (last >= first && (P.CalendarWords.Contains(words[last].TrimEnd('.', ',')) || IsConnector(words[last])))
        {
            last--;
        }

        if (last < first)
        {
            return null;
        }

        var kept = string.Join(' ', words[first..(last + 1)]);
        kept = PossessiveRule().Replace(kept, string.Empty);
        if (kept.EndsWith('.') && !InitialsRule().IsMatch(kept))
        {
            kept = kept[..^1];
        }

        // A lone capitalised word opening the sentence may be any word; keep it only when it looks like a name.
        var opensSentence = sentence.AsSpan(0, start).Trim().Trim("\"“‘'(").IsEmpty;
        if (kept.Length < 2 || (opensSentence && !kept.Contains(' ', StringComparison.Ordinal) && !IsNamelike(sentence, start, kept)))
        {
            return null;
        }

        return new Name(kept, start, null);
    }

    private static bool IsConnector(string word) => word is "of" or "for" or "on" or "the" or "de" or "and" or "&";

    // "Bloomberg reported", "TikTok is": a lone word at the head of a sentence is a name when a verb of saying or an acronym follows.
    private static bool IsNamelike(string sentence, int start, string word) =>
        word.Skip(1).Any(char.IsUpper)
        || NamelikeFollowerRule().IsMatch(sentence.AsSpan(start + word.Length));

    private static AnswerType? KindOf(string sentence, Name run, IReadOnlyList<Entity>? entities)
    {
        // "the Danish island of Varnholm" says what it is, whatever else the article calls it.
        if (PlaceOfRule().IsMatch(sentence.AsSpan(0, run.Start)))
        {
            return AnswerType.Place;
        }

        if (entities is not null && Known(run.Text, entities) is { } known)
        {
            return known;
        }

        var words = run.Text.Split(' ');
        if (words.Any(P.OrganisationCues.Contains) || IsAcronym(run.Text))
        {
            return AnswerType.Organisation;
        }

        if (words.Any(P.PlaceCues.Contains) || IsBeforePlaceNoun(sentence, run))
        {
            return AnswerType.Place;
        }

        var before = WordBefore(sentence, run.Start);
        if (P.PersonTitles.Contains(before) || P.PersonTitles.Contains(words[0]))
        {
            return AnswerType.Person;
        }

        if (P.PlacePrepositions.Contains(before.ToLowerInvariant()) && before is not "to")
        {
            return AnswerType.Place;
        }

        return words.Length >= 2 ? AnswerType.Person : null;
    }

    /// <summary>A venue named as an organisation: "at Marlow University", "Philadelphia's Union League club".</summary>
    public static bool IsVenue(string sentence, Name name) =>
        name.Kind == AnswerType.Organisation
        && (name.Text.Split(' ').Any(P.VenueCues.Contains) || IsBeforePlaceNoun(sentence, name))
        && (WordBefore(sentence, name.Start) is "at" or "in" or "to" or "outside" or "near" || IsBeforePlaceNoun(sentence, name));

    /// <summary>"in Eau Claire", "at Marlow": a name where a place would stand, whatever kind it was given.</summary>
    public static bool AfterPlacePreposition(string sentence, Name name) =>
        WordBefore(sentence, name.Start) is "in" or "at" or "near" or "from" or "outside";

    // "the Fernhill estate", "her Brooklyn headquarters"; "Lopez's headquarters" is whose, not where.
    private static bool IsBeforePlaceNoun(string sentence, Name run) =>
        PlaceNounAfterRule().IsMatch(sentence.AsSpan(run.Start + run.Text.Length));

    // "the Canadian company", "Chinese government propaganda": a lone nationality word before a noun describes
    // one, and is neither a person nor a place; "Brian said" stays a name.
    private static bool IsDemonym(string sentence, Name run) =>
        !run.Text.Contains(' ', StringComparison.Ordinal)
        && DemonymRule().IsMatch(run.Text)
        && sentence.AsSpan(run.Start + run.Text.Length) is var rest
        && LowerWordFollowsRule().IsMatch(rest)
        && !NamelikeFollowerRule().IsMatch(rest);

    private static AnswerType? Known(string text, IReadOnlyList<Entity> entities)
    {
        foreach (var e in entities)
        {
            if (e.Generic)
            {
                continue;
            }

            if (e.IsCalled(text))
            {
                return e.Kind switch
                {
                    EntityKind.Person => AnswerType.Person,
                    EntityKind.Place => AnswerType.Place,
                    EntityKind.Organization or EntityKind.Group => AnswerType.Organisation,

                    // An app answers no "who" or "which company"; a name of unclear kind is left to the cue words.
                    _ => null,
                };
            }
        }

        return null;
    }

    private static bool IsAcronym(string text) =>
        text.Length is >= 2 and <= 8 && text.All(c => char.IsUpper(c) || c is '-' or '&' or '.') && text.Count(char.IsUpper) >= 2;

    private static string WordBefore(string sentence, int start)
    {
        var end = start;
        while (end > 0 && sentence[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && (char.IsLetter(sentence[begin - 1]) || sentence[begin - 1] == '.'))
        {
            begin--;
        }

        return sentence[begin..end];
    }

    // Capitalised words, joined by "of", "for", "on", "de" and the like: "Bank of the United States", "G.K. Butterfield".
    [GeneratedRegex(
        @"(?<![\p{L}\d'’])\p{Lu}[\p{L}\p{M}\d.'’&-]*(?:(?:\s|/)(?:(?:of|for|on|de|del|da|van|von|der|den|al|bin|la|le|du)\s(?:the\s)?)?\p{Lu}[\p{L}\p{M}\d.'’&-]*)*",
        RegexOptions.CultureInvariant)]
    private static partial Regex RunRule();

    [GeneratedRegex(@"\b(?:island|city|town|village|state|county|region|province|port|capital|district|borough|suburb|neighbou?rhood)\s+of\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOfRule();

    [GeneratedRegex(@"^\s(?:estate|club|resort|hotel|campus|headquarters|compound|stadium|arena|hospital|museum|ranch)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceNounAfterRule();

    [GeneratedRegex(@"(?<n>\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*)-based\b", RegexOptions.CultureInvariant)]
    private static partial Regex BasedRule();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?:ese|ian|ean|iot|ish|can|ench|tch|atic)$", RegexOptions.CultureInvariant)]
    private static partial Regex DemonymRule();

    [GeneratedRegex(@"^\s\p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LowerWordFollowsRule();

    [GeneratedRegex(@"(?:'s|’s|'|’)$")]
    private static partial Regex PossessiveRule();

    [GeneratedRegex(@"(?:\b\p{Lu}\.){2,}$")]
    private static partial Regex InitialsRule();

    [GeneratedRegex(@"^\s(?:said|says|told|reported|reports|is|was|has|had|will|would|announced|added|wrote|called|claimed|found|shows|showed|denied|argued|revealed|\(|,)", RegexOptions.CultureInvariant)]
    private static partial Regex NamelikeFollowerRule();
}
