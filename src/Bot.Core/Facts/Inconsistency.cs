namespace Bot.Core.Facts;

/// <summary>Something the article contradicts itself on, such as a name spelled two ways.</summary>
public sealed record Inconsistency(string Description, IReadOnlyList<Citation> Citations);
