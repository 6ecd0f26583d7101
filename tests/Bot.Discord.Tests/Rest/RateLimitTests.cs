using System.Net;
using Bot.Discord.Json;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Rest;

public sealed class RateLimitTests : IAsyncLifetime
{
    private static readonly MessagePayload Hello = new("hello", null, AllowedMentions.None);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscordApi _api = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync(_time);
        _host = await DiscordTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = DiscordTestHost.Token,
            ["Discord:RegisterCommands"] = "false",
            ["Discord:Gateway"] = "false",
            ["Discord:ApiBaseUrl"] = _api.BaseUrl,
        }, new FakeAnswerer(), _time);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task GlobalTooManyRequests_IsRetriedOnlyAfterRetryAfter()
    {
        // The official example: 429, Retry-After 65, body retry_after 64.57, global.
        _api.Overrides.Enqueue(Official429);
        var sending = _host.Service<DiscordRestClient>().CreateMessageAsync("290926798999357250", Hello);

        await _api.WaitForAsync("POST", "channels/");
        await AdvanceUntilAsync(sending, TimeSpan.FromSeconds(5));

        var attempts = _api.Matching("POST", "channels/290926798999357250/messages").ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(64.57), $"retried after {attempts[1].At - attempts[0].At}");
    }

    [Fact]
    public async Task TooManyRequests_GivesUpAfterABoundedNumberOfRetries()
    {
        for (var i = 0; i < 10; i++)
            _api.Overrides.Enqueue(c => RouteLimited(c, 1.5));
        var sending = _host.Service<DiscordRestClient>().CreateMessageAsync("1", Hello);

        await _api.WaitForAsync("POST", "channels/");
        await AdvanceUntilAsync(sending, TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => sending);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Equal(RateLimitHandler.MaxRetries + 1, _api.Requests.Count);
    }

    [Fact]
    public async Task SpentBucket_HoldsTheNextRequestUntilItResets()
    {
        _api.Overrides.Enqueue(c =>
        {
            c.Response.Headers["X-RateLimit-Bucket"] = "abcd";
            c.Response.Headers["X-RateLimit-Limit"] = "5";
            c.Response.Headers["X-RateLimit-Remaining"] = "0";
            c.Response.Headers["X-RateLimit-Reset-After"] = "3.5";
            return FakeDiscordApi.Json(c, 200, "{}");
        });
        var client = _host.Service<DiscordRestClient>();
        await client.CreateMessageAsync("42", Hello);

        var second = client.CreateMessageAsync("42", Hello);
        await AdvanceUntilAsync(second, TimeSpan.FromSeconds(1));
        await client.CreateMessageAsync("43", Hello);

        var times = _api.Requests.Select(r => r.At).ToList();
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(3.5));
        Assert.Equal(3, times.Count);
    }

    private static Task Official429(HttpContext context)
    {
        var http = Interactions.InteractionEndpointTests.Fixture("discord-rest-429-global.http").Split('\n');
        foreach (var line in http.Skip(1).TakeWhile(l => l.StartsWith("< ", StringComparison.Ordinal)))
        {
            var header = line[2..].Split(':', 2);
            if (!header[0].Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                context.Response.Headers[header[0]] = header[1].Trim();
        }

        return FakeDiscordApi.Json(context, 429, string.Join('\n', http.SkipWhile(l => l.StartsWith('<'))));
    }

    private static Task RouteLimited(HttpContext context, double seconds)
    {
        context.Response.Headers["X-RateLimit-Scope"] = "user";
        return FakeDiscordApi.Json(context, 429, $$"""{"message":"You are being rate limited.","retry_after":{{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":false}""");
    }

    /// <summary>Moves the fake clock in steps until the call finishes (real-time bound only to fail instead of hang).</summary>
    private async Task AdvanceUntilAsync(Task task, TimeSpan step)
    {
        for (var i = 0; i < 2000 && !task.IsCompleted; i++)
        {
            _time.Advance(step);
            await Task.WhenAny(task, Task.Delay(10));
        }

        Assert.True(task.IsCompleted, "the call never finished");
    }
}
