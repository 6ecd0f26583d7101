namespace Bot.Core.Facts;

/// <summary>Someone or something the article relies on.</summary>
/// <param name="Description">What the article says about the source.</param>
/// <param name="Named">False for anonymous sources ("a TikTok spokesperson", "internal information").</param>
/// <param name="Claims">The contents of the statements it backs.</param>
public sealed record Source(
    string Name,
    SourceKind Kind,
    string Description,
    bool Named,
    IReadOnlyList<string> Claims,
    IReadOnlyList<Citation> Citations);
