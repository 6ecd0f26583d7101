namespace Bot.Core.Extraction.Attribution;

/// <summary>One attribution found in a run of text: spans are relative to that text.</summary>
/// <param name="Source">The speaker as written ("Mr. Smith", "he", "a survey").</param>
/// <param name="Cue">The reporting verb or phrase ("said", "according to").</param>
/// <param name="Content">What was said: one span, or several when a quote is split by its cue.</param>
/// <param name="Via">For "X quoted Y as saying", the reporter X.</param>
/// <param name="Direct">True when every content span is a quotation in quote marks.</param>
internal sealed record FoundAttribution(
    TextSpan Source,
    TextSpan Cue,
    IReadOnlyList<TextSpan> Content,
    TextSpan? Via,
    bool Direct)
{
    /// <summary>True when the cue stands inside another attribution's content.</summary>
    public bool Nested { get; init; }

    /// <summary>The speaker with its appositive ("Jane Doe, a lawyer for the firm"), when there is one.</summary>
    public TextSpan? SourceExtent { get; init; }

    public int ContentStart => Content.Count == 0 ? Cue.End : Content.Min(c => c.Start);

    public int ContentEnd => Content.Count == 0 ? Cue.End : Content.Max(c => c.End);
}
