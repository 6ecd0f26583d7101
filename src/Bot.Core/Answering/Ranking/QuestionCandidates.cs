using Bot.Core.Answering.Typing;

namespace Bot.Core.Answering.Ranking;

/// <summary>A question as the ranker read it, the lexical answerer's reply to it, and the sentences that might answer it.</summary>
internal sealed record QuestionCandidates(string Question, ClassifiedQuestion Classified, Answer Lexical, IReadOnlyList<Candidate> Candidates)
{
    /// <summary>True when the candidates were measured with sentence vectors.</summary>
    public bool Semantic { get; init; }

    /// <summary>The kind of answer the question wants.</summary>
    public AnswerType Type { get; init; }
}
