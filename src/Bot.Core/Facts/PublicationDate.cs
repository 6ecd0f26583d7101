namespace Bot.Core.Facts;

/// <summary>When the article was published and how that was found.</summary>
/// <param name="Date">ISO date ("2022-07-29"), or null when nothing points to one.</param>
/// <param name="Reasoning">How the date was found, in a sentence a reader can check.</param>
public sealed record PublicationDate(string? Date, DateStatus Status, string Reasoning);
