namespace Bot.Core.Answering.Typing;

/// <summary>A phrase of a sentence that can answer a typed question: "$40 million" for Money, "last Tuesday" for Date.</summary>
/// <param name="Start">Offset of the phrase in the sentence.</param>
/// <param name="Length">Length of the phrase in the sentence.</param>
public sealed record AnswerPhrase(AnswerType Type, string Text, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>True for a phrase taken only because none carried the type's mark: an unkinded name for "who",
    /// a plain clause for "why".</summary>
    public bool Fallback { get; init; }
}
