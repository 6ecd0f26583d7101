using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Adapters.Telemetry;
using Bot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Rest;

/// <summary>
/// Keeps to Discord's rate limits: waits when a bucket is spent or the global limit is hit, and answers a 429 by
/// waiting <c>retry_after</c> and retrying a bounded number of times, so the bot never hammers Discord with
/// requests that are bound to fail (too many 401/403/429s get the IP banned).
/// </summary>
internal sealed class RateLimitHandler(TimeProvider time, ILogger<RateLimitHandler> logger, AdapterMetrics? metrics = null) : DelegatingHandler
{
    internal const int MaxRetries = 3;
    internal static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(2);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BucketState> _buckets = new(StringComparer.Ordinal);
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var route = DiscordRoute.From(request.Method, request.RequestUri!);
        for (var attempt = 0; ; attempt++)
        {
            var wait = WaitBefore(route);
            if (wait > TimeSpan.Zero)
            {
                Log.RateLimitWaiting(logger, route.Template, wait.TotalMilliseconds);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            Remember(route, response);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
                return response;

            var (retryAfter, global) = await ReadLimitAsync(response, cancellationToken).ConfigureAwait(false);
            Log.RateLimited(logger, route.Template, retryAfter.TotalMilliseconds, global, attempt + 1);
            lock (_gate)
            {
                var until = time.GetUtcNow() + retryAfter;
                if (global)
                    _globalUntil = until;
                else
                    _buckets[BucketKey(route)] = new BucketState(0, until);
            }

            if (attempt >= MaxRetries || retryAfter > MaxWait)
                return response;
            metrics?.Retry("discord", "rate_limited");
            response.Dispose();
        }
    }

    private TimeSpan WaitBefore(DiscordRoute route)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var until = route.IsInteraction ? DateTimeOffset.MinValue : _globalUntil;
            if (_buckets.TryGetValue(BucketKey(route), out var bucket) && bucket.Remaining <= 0 && bucket.ResetAt > until)
                until = bucket.ResetAt;
            return until > now ? until - now : TimeSpan.Zero;
        }
    }

    private void Remember(DiscordRoute route, HttpResponseMessage response)
    {
        var headers = response.Headers;
        var bucket = Header(headers, "X-RateLimit-Bucket");
        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Header(headers, "X-RateLimit-Reset-After");
        if (remaining is null || resetAfter is null
            || !int.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left)
            || !double.TryParse(resetAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return;
        lock (_gate)
        {
            if (bucket is not null)
                _bucketOfRoute[route.Key] = bucket;
            _buckets[BucketKey(route)] = new BucketState(left, time.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(0, seconds)));
        }
    }

    // Routes sharing a bucket share its state, per major resource (the channel, guild or webhook in the key).
    private string BucketKey(DiscordRoute route) =>
        _bucketOfRoute.TryGetValue(route.Key, out var bucket) ? bucket + " " + MajorOf(route.Key) : route.Key;

    private static string MajorOf(string key)
    {
        var path = key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..].Split('/');
        return path.Length >= 2 && path[0] is "channels" or "guilds" or "webhooks" ? path[0] + "/" + path[1] : "";
    }

    private static async Task<(TimeSpan RetryAfter, bool Global)> ReadLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        double? seconds = null;
        var global = string.Equals(Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        try
        {
            // Buffered so that a caller that gets this 429 back can still read the body.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.RateLimitBody, cancellationToken).ConfigureAwait(false);
            if (body is not null)
            {
                seconds = body.RetryAfter;
                global |= body.Global;
            }
        }
        catch (JsonException)
        {
            // Cloudflare's 429 pages are HTML; the header below still says how long to wait.
        }
        catch (NotSupportedException)
        {
            // Same: a non-JSON content type.
        }

        if (seconds is null && double.TryParse(Header(response.Headers, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var header))
            seconds = header;
        return (TimeSpan.FromSeconds(Math.Clamp(seconds ?? 1, 0, 3600)), global);
    }

    private static string? Header(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private readonly record struct BucketState(int Remaining, DateTimeOffset ResetAt);
}
