namespace Bot.Core.Facts;

/// <summary>Someone or something the article relies on: one per real-world source, however often and by
/// whichever name, title or description the article cites it.</summary>
/// <param name="Description">What the article says about the source.</param>
/// <param name="Named">False for anonymous sources ("a TikTok spokesperson", "internal information").</param>
/// <param name="Claims">The whole clauses of the statements it backs.</param>
/// <param name="Positions">What it disputes or reacts to rather than asserts ("criticized the plan").</param>
/// <param name="Mentions">The other ways the article's statements name it ("the engineer", "Councilman Dev Ramirez").</param>
public sealed record Source(
    string Name,
    SourceKind Kind,
    string Description,
    bool Named,
    IReadOnlyList<string> Claims,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<SourcePosition> Positions,
    IReadOnlyList<string> Mentions);
