namespace Bot.Core.Facts;

/// <summary>Who said what.</summary>
/// <param name="Speaker">The speaker as named in the article, resolved to the entity's name where one matches.</param>
/// <param name="Verb">The reporting verb or cue ("said", "according to", "revealed").</param>
/// <param name="Content">What was said, as it stands in the article (for direct quotes, the quoted words).</param>
/// <param name="Direct">True when the content is a verbatim quote, checked word for word against the article.</param>
/// <param name="Via">When one source quotes another ("Bloomberg quoted a spokesperson"), the source that reports it.</param>
public sealed record Statement(
    string Speaker,
    string Verb,
    string Content,
    bool Direct,
    Stance Stance,
    IReadOnlyList<Citation> Citations,
    string? Via = null);
