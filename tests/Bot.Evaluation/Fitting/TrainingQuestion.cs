using Bot.Core.Answering.Ranking;

namespace Bot.Evaluation.Fitting;

/// <summary>One dev question as the scorer sees it: its candidates, and which of them cite the gold sentence.</summary>
internal sealed record TrainingQuestion(DevSetQuestion Question, QuestionCandidates Found, IReadOnlyList<bool> Gold)
{
    public bool Answerable => Question.Answerable && Gold.Any(g => g);
}
