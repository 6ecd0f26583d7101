namespace Bot.Host.Json;

/// <summary>The article part of `facts --json`.</summary>
internal sealed record ArticleSummary(
    string Title,
    string? Outlet,
    string? Url,
    string? Author,
    string? Published,
    string PublishedStatus,
    string PublishedReasoning,
    int Paragraphs);
