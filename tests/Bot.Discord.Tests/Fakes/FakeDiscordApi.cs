using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Fakes;

/// <summary>A stand-in for discord.com/api/v10 that the test starts on 127.0.0.1 and that records every request.</summary>
internal sealed class FakeDiscordApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _time;

    private FakeDiscordApi(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    public sealed record Recorded(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At);

    public ConcurrentQueue<Recorded> Requests { get; } = new();

    /// <summary>Responses for the next requests, in order, before the defaults apply.</summary>
    public ConcurrentQueue<Func<HttpContext, Task>> Overrides { get; } = new();

    public string RegisteredCommandsJson { get; set; } = "[]";

    public string GatewayBotJson { get; set; } =
        """{"url":"wss://gateway.test.invalid","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}""";

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeDiscordApi> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeDiscordApi(app, time ?? TimeProvider.System);
        app.Map("/api/v10/{**path}", api.HandleAsync);
        await app.StartAsync();
        api.BaseUrl = app.Urls.First() + "/api/v10";
        return api;
    }

    public IEnumerable<Recorded> Matching(string method, string pathPrefix) =>
        Requests.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    /// <summary>Waits (real time, only so a broken test fails instead of hanging) for a matching request.</summary>
    public async Task<Recorded> WaitForAsync(string method, string pathPrefix, int count = 1)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var matching = Matching(method, pathPrefix).ToList();
            if (matching.Count >= count)
                return matching[count - 1];
            await Task.Delay(10);
        }

        throw new TimeoutException($"No {method} {pathPrefix} (#{count}); got: {string.Join(", ", Requests.Select(r => r.Method + " " + r.Path))}");
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.Path.Value!["/api/v10/".Length..];
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new Recorded(context.Request.Method, path, body, headers, _time.GetUtcNow()));

        if (Overrides.TryDequeue(out var respond))
        {
            await respond(context);
            return;
        }

        var method = context.Request.Method;
        if (method == "GET" && path.EndsWith("/commands", StringComparison.Ordinal))
            await Json(context, 200, RegisteredCommandsJson);
        else if (method == "PUT" && path.EndsWith("/commands", StringComparison.Ordinal))
            await Json(context, 200, body);
        else if (method == "GET" && path == "gateway/bot")
            await Json(context, 200, GatewayBotJson);
        else if (method == "POST" && path.StartsWith("channels/", StringComparison.Ordinal))
            await Json(context, 200, """{"id":"999","channel_id":"1"}""");
        else if (path.StartsWith("webhooks/", StringComparison.Ordinal))
            await Json(context, 200, """{"id":"998"}""");
        else if (method == "POST" && path.StartsWith("interactions/", StringComparison.Ordinal))
            context.Response.StatusCode = 204;
        else
            await Json(context, 404, """{"message":"Unknown route","code":0}""");
    }

    public static Task Json(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
