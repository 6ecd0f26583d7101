namespace Bot.Core.Articles;

/// <summary>What the file says about itself (front matter, HTML meta tags). Every field is optional.</summary>
public sealed record ArticleMetadata(
    string? Title = null,
    string? Outlet = null,
    string? Url = null,
    string? Author = null,
    DateOnly? Published = null);
