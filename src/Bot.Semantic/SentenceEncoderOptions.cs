namespace Bot.Semantic;

/// <summary>Which sentence encoder answers use (section "Answering", setting "Encoder").</summary>
public sealed class SentenceEncoderOptions
{
    public const string SectionName = "Answering";

    public const string ArcticXs = "arcticxs";

    public const string MiniLm = "minilm";

    /// <summary>No encoder is registered and answering stays lexical.</summary>
    public const string None = "none";

    /// <summary>The allowed values of <see cref="Encoder"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = [ArcticXs, MiniLm, None];

    /// <summary>"arcticxs" (default), "minilm" or "none"; case and surrounding blanks are ignored.</summary>
    public string Encoder { get; set; } = ArcticXs;
}
