namespace Bot.Core.Answering.Ranking;

/// <summary>Turns the scored candidates into the reply: the best sentence when it reaches the fitted threshold,
/// otherwise "the article doesn't say" with no related sentence, because a sentence the scorer nearly chose is
/// too often the answer it wrongly refused.</summary>
internal static class AnswerComposer
{
    public static Answer Compose(AnswerContext context, QuestionCandidates found, AnswerScorer scorer)
    {
        var lexical = found.Lexical;
        var best = found.Candidates
            .Select(c => (Candidate: c, Score: scorer.Score(c)))
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        if (best.Candidate is null || best.Score < scorer.Threshold)
        {
            return Refusal(found);
        }

        var sentence = best.Candidate.Sentence;
        if (lexical.Found && Cites(context, lexical, sentence))
        {
            return lexical;
        }

        var text = context.Sentences[sentence].Text;
        return new Answer(Kind(found.Classified.Kind), found.Question, true, text, [], [context.CitationAt(sentence)]);
    }

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
