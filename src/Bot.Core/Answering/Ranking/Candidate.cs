using Bot.Core.Answering.Typing;

namespace Bot.Core.Answering.Ranking;

/// <summary>One sentence that might answer a question, with what the scorer knows about it, indexed by <see cref="Feature"/>.</summary>
internal sealed record Candidate(int Sentence, float[] Features)
{
    public float this[Feature feature]
    {
        get => Features[(int)feature];
        set => Features[(int)feature] = value;
    }

    /// <summary>The kind of answer the question wants, the same for every candidate of one question.</summary>
    public AnswerType Wanted { get; init; }

    /// <summary>The short answer this sentence gives to the question's type, if it has one.</summary>
    public AnswerPhrase? Phrase { get; set; }

    public static int FeatureCount { get; } = Enum.GetValues<Feature>().Length;
}
