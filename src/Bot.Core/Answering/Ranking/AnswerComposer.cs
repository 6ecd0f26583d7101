using Bot.Core.Answering.Typing;
using Bot.Core.Answering.YesNo;

namespace Bot.Core.Answering.Ranking;

/// <summary>Turns the scored candidates into the reply: the best sentence when the fitted decision accepts it,
/// otherwise "the article doesn't say" with no related sentence, because a sentence the scorer nearly chose is
/// too often the answer it wrongly refused.</summary>
internal static class AnswerComposer
{
    public static Answer Compose(AnswerContext context, QuestionCandidates found, AnswerScorer scorer)
    {
        var lexical = found.Lexical;
        if (scorer.Choose(found.Candidates) is not { } best || !scorer.Accepts(best.Best, best.Score, best.RunnerUp))
        {
            return Refusal(found);
        }

        var sentence = best.Best.Sentence;
        var phrase = ShortAnswer(context, best.Best);
        var text = context.Sentences[sentence].Text;
        if (found.Type == AnswerType.YesNo)
        {
            var verdict = YesNoDecider.Decide(found.Question, text) == Verdict.Yes ? "Yes" : "No";
            return new Answer(AnswerKind.YesNo, found.Question, true, $"{verdict} — {text}", [], [context.CitationAt(sentence)]);
        }

        if (lexical.Found && Cites(context, lexical, sentence) && (phrase is null || Contains(lexical.Text, phrase.Text)))
        {
            // A profile without the sentence that describes the person leaves "who is" unanswered; add the sentence.
            return found.Type == AnswerType.Description && !Contains(lexical.Text, text) ? lexical with { Text = $"{lexical.Text.TrimEnd()}\n{text}" } : lexical;
        }

        var reply = phrase is null ? text : $"{Capitalized(phrase.Text)} — {text}";
        return new Answer(Kind(found.Classified.Kind), found.Question, true, reply, [], [context.CitationAt(sentence)]);
    }

    // A reason, a quote or a description is the sentence itself; a date, an amount or a name goes first.
    private static AnswerPhrase? ShortAnswer(AnswerContext context, Candidate best) =>
        best[Feature.TypeWanted] > 0 && best.Phrase is { } phrase && phrase.Text.Length * 2 < context.Sentences[best.Sentence].Text.Length
            ? phrase
            : null;

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static string Capitalized(string phrase) =>
        phrase.Length > 0 && char.IsLower(phrase[0]) ? char.ToUpperInvariant(phrase[0]) + phrase[1..] : phrase;

    private static Answer Refusal(QuestionCandidates found) =>
        Answers.NotFound(found.Question, $"anything that answers “{found.Question.Trim()}”", null);

    private static bool Cites(AnswerContext context, Answer answer, int sentence) =>
        answer.Citations.Concat(answer.Items.SelectMany(i => i.Citations)).Any(c => context.SentenceOf(c) == sentence);

    private static AnswerKind Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.WhoIs => AnswerKind.WhoIs,
        QuestionKind.WhatSaid => AnswerKind.SaidBy,
        QuestionKind.WhoSaid => AnswerKind.WhoSaid,
        QuestionKind.When => AnswerKind.When,
        QuestionKind.Where => AnswerKind.Where,
        QuestionKind.Quantity => AnswerKind.Quantity,
        QuestionKind.Why => AnswerKind.Why,
        QuestionKind.YesNo => AnswerKind.YesNo,
        QuestionKind.SourceOf => AnswerKind.SourceOf,
        _ => AnswerKind.General,
    };
}
