using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Answering.Typing;

/// <summary>The places a sentence names, as a reader asking "where" wants them: a town with its state or country
/// ("Dunmore, Pa.", "Tartu, Estonia") as one answer, and a venue named like an organisation ("at Marlow
/// University"). A list ("Ohio, Florida and Nevada") stays apart.</summary>
internal static partial class PlacePhrases
{
    public static IReadOnlyList<AnswerPhrase> Find(string sentence, IReadOnlyList<Entity>? entities)
    {
        var names = NamePhrases.Find(sentence, entities);
        // A name after "in" may be a town whose state follows; on its own it keeps the kind it was given.
        var places = names
            .Select(n => (Phrase: new AnswerPhrase(AnswerType.Place, n.Text, n.Start, n.Text.Length), Placed: n.Kind == AnswerType.Place || NamePhrases.IsVenue(sentence, n), Name: n))
            .Where(p => p.Placed || (NamePhrases.AfterPlacePreposition(sentence, p.Name) && !p.Name.Describes))
            .ToList();
        var joined = new List<AnswerPhrase>(places.Count);
        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i].Phrase;
            if (Region(sentence, place, names) is { } region)
            {
                joined.Add(new AnswerPhrase(AnswerType.Place, sentence[place.Start..region], place.Start, region - place.Start));
                while (i + 1 < places.Count && places[i + 1].Phrase.Start < region)
                {
                    i++;
                }
            }
            else if (places[i].Placed)
            {
                joined.Add(place);
            }
        }

        return joined;
    }

    // Where the town's state or country ends, when one follows it after a comma and ends the place: "Pa." and
    // "Estonia" do; "Florida and" goes on as a list, and "Toledo, Clinton says" is a clause.
    private static int? Region(string sentence, AnswerPhrase town, List<NamePhrases.Name> names)
    {
        var rest = sentence.AsSpan(town.End);
        if (!rest.StartsWith(", ", StringComparison.Ordinal) || ListBefore(sentence, town.Start))
        {
            return null;
        }

        var at = town.End + 2;
        var name = names.FirstOrDefault(n => n.Start == at);
        var abbreviation = AbbreviationRule().Match(sentence, at);
        int end;
        if (abbreviation.Success)
        {
            end = at + abbreviation.Length;
        }
        else if (name is not null && (name.Kind == AnswerType.Place || (name.Kind is null && !name.Text.Contains(' ', StringComparison.Ordinal))))
        {
            end = at + name.Text.Length;
        }
        else
        {
            return null;
        }

        return EndsPlaceRule().IsMatch(sentence.AsSpan(end)) ? end : null;
    }

    // "in Ohio, Florida, Nevada and Iowa": a place after a comma and another place is a list item.
    private static bool ListBefore(string sentence, int start) =>
        ListItemBeforeRule().IsMatch(sentence.AsSpan(0, start));

    // US state abbreviations in news style ("Pa.", "Wis.", "Wash.", "N.C.", "D.C.").
    [GeneratedRegex(@"\G(?:\p{Lu}\.\p{Lu}\.|\p{Lu}\p{Ll}{1,4}\.)", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationRule();

    [GeneratedRegex(@"^(?:$|[.;:)!?]|,$|,\s(?:(?:and|or)\s)?[\p{Ll}\d]|\s(?!(?:and|or|&)\s\p{Lu})\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex EndsPlaceRule();

    [GeneratedRegex(@"\p{Lu}[\p{L}.]*,\s$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemBeforeRule();
}
