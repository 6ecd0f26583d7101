namespace Bot.Core.Answering.Ranking;

/// <summary>One sentence that might answer a question, with what the scorer knows about it, indexed by <see cref="Feature"/>.</summary>
internal sealed record Candidate(int Sentence, float[] Features)
{
    public float this[Feature feature]
    {
        get => Features[(int)feature];
        set => Features[(int)feature] = value;
    }

    public static int FeatureCount { get; } = Enum.GetValues<Feature>().Length;
}
