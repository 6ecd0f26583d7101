using System.Net;

namespace Bot.Discord.Rest;

/// <summary>A REST call Discord refused; carries the status and, for 429, how long Discord asked us to wait.</summary>
internal sealed class DiscordRestException(string route, HttpStatusCode status, string? detail, TimeSpan? retryAfter = null)
    : Exception($"Discord answered {(int)status} {status} for {route}{(string.IsNullOrEmpty(detail) ? "" : ": " + detail)}")
{
    public string Route { get; } = route;
    public HttpStatusCode Status { get; } = status;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
