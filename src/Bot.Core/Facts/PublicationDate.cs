namespace Bot.Core.Facts;

/// <summary>When the article was published and how that was found.</summary>
/// <param name="Date">The day, or null when nothing points to one.</param>
/// <param name="Reasoning">How the date was found, in a sentence a reader can check.</param>
public sealed record PublicationDate(ArticleDate? Date, DateStatus Status, string Reasoning);
