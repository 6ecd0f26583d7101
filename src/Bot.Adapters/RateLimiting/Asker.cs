namespace Bot.Adapters.RateLimiting;

/// <summary>Who asks and where: the resource the rate limits partition on.</summary>
internal readonly record struct Asker(string Platform, string? User, string? Channel);
