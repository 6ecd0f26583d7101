using Bot.Core.Facts;

namespace Bot.Core.Answering.Typing;

/// <summary>The short answers a sentence holds for a typed question: the money in it for "how much",
/// the date for "when", the quotation for "what did X say". Pure functions over one sentence.</summary>
public static class AnswerPhrases
{
    /// <summary>The phrases of <paramref name="type"/> in the sentence, in reading order. Names are kinded by
    /// <paramref name="entities"/> (the article's) when given, else by cue words alone.</summary>
    public static IReadOnlyList<AnswerPhrase> In(string sentence, AnswerType type, IReadOnlyList<Entity>? entities = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return type switch
        {
            AnswerType.Date or AnswerType.Duration or AnswerType.Money or AnswerType.Percent or AnswerType.Count
                or AnswerType.Measure => NumberPhrases.Find(sentence, type),
            AnswerType.Person or AnswerType.Organisation => [.. NamePhrases.Find(sentence, entities)
                .Where(n => n.Kind == type)
                .Select(n => new AnswerPhrase(type, n.Text, n.Start, n.Text.Length))],
            AnswerType.Place => PlacePhrases.Find(sentence, entities),
            AnswerType.Reason => ClausePhrases.Reasons(sentence),
            AnswerType.Quote => ClausePhrases.Quotes(sentence),
            AnswerType.Description => ClausePhrases.Descriptions(sentence),
            AnswerType.Source => ClausePhrases.Sources(sentence),
            _ => [],
        };
    }

    /// <summary>The phrase of <paramref name="type"/> that best answers the question: one that does not merely
    /// repeat the question, nearest the question's own words where they appear in the sentence. Null when the
    /// sentence has no phrase of that type. <paramref name="keep"/>, when given, passes over the phrases it rejects
    /// (a name the question itself asks about is not the answer to "who ...").</summary>
    public static AnswerPhrase? Best(string sentence, AnswerType type, string question, IReadOnlyList<Entity>? entities = null, Func<AnswerPhrase, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(question);
        if (type is AnswerType.Any or AnswerType.YesNo)
        {
            return null;
        }

        var candidates = Kept(In(sentence, type, entities), keep);
        if (candidates.Count == 0)
        {
            candidates = [.. Kept(Fallback(sentence, type, entities), keep).Select(p => p with { Fallback = true })];
        }

        return PhraseChooser.Choose(sentence, candidates, question);
    }

    private static IReadOnlyList<AnswerPhrase> Kept(IReadOnlyList<AnswerPhrase> phrases, Func<AnswerPhrase, bool>? keep) =>
        keep is null ? phrases : [.. phrases.Where(keep)];

    // When no phrase carries the type's mark, a weaker one may still answer: an unkinded name for a name
    // question, any name for a source, a clause for a reason, a quote or a description.
    private static IReadOnlyList<AnswerPhrase> Fallback(string sentence, AnswerType type, IReadOnlyList<Entity>? entities) => type switch
    {
        AnswerType.Person or AnswerType.Organisation or AnswerType.Place => [.. NamePhrases.Find(sentence, entities)
            .Where(n => !n.Describes && (n.Kind is null || (type != AnswerType.Place && n.Kind != AnswerType.Place)))
            .Select(n => new AnswerPhrase(type, n.Text, n.Start, n.Text.Length))],
        AnswerType.Source => [.. NamePhrases.Find(sentence, entities)
            .Where(n => !n.Describes && n.Kind != AnswerType.Place)
            .Select(n => new AnswerPhrase(type, n.Text, n.Start, n.Text.Length))],
        AnswerType.Reason or AnswerType.Quote or AnswerType.Description => ClausePhrases.Clauses(sentence, type),
        _ => [],
    };
}
