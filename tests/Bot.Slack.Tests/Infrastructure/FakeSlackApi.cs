using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Tests.Infrastructure;

/// <summary>A fake Slack on 127.0.0.1: the Web API methods the bot calls, response_url endpoints and a Socket Mode
/// WebSocket server. Records every call; tests wait for calls instead of sleeping.</summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<ApiCall> calls = [];
    private readonly List<(Func<ApiCall, bool> Match, TaskCompletionSource<ApiCall> Done)> waiters = [];
    private readonly ConcurrentDictionary<string, int> rateLimited = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<FakeSocketConnection> sockets = [];
    private readonly Lock gate = new();

    private FakeSlackApi(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string BotUserId { get; set; } = "UBOT";

    /// <summary>When set, apps.connections.open answers ok:false with this error.</summary>
    public string? OpenConnectionError { get; set; }

    public Channel<FakeSocketConnection> Connections { get; } = Channel.CreateUnbounded<FakeSocketConnection>();

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.UseWebSockets();
        app.Map("/socket", fake.AcceptSocketAsync);
        app.MapPost("/api/{method}", fake.HandleApiAsync);
        app.MapPost("/response/{id}", fake.HandleResponseUrlAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Urls.First() + "/api/");
        return fake;
    }

    public string ResponseUrl(string id) => new Uri(BaseUrl, "/response/" + id).AbsoluteUri;

    public IReadOnlyList<ApiCall> Calls(string method)
    {
        lock (gate)
            return [.. calls.Where(c => c.Method == method)];
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> answer 429 with Retry-After: 1.</summary>
    public void RateLimit(string method, int count) => rateLimited[method] = count;

    /// <summary>Waits (at most 20 s, as a hang guard) for a recorded call matching the predicate.</summary>
    public Task<ApiCall> WaitForAsync(string method, Func<ApiCall, bool>? match = null)
    {
        bool Matches(ApiCall c) => c.Method == method && c.Status == 200 && (match?.Invoke(c) ?? true);
        lock (gate)
        {
            var existing = calls.FirstOrDefault(Matches);
            if (existing is not null)
                return Task.FromResult(existing);
            var done = new TaskCompletionSource<ApiCall>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((Matches, done));
            return done.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }

    public async Task<FakeSocketConnection> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await Connections.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in sockets)
            socket.Finish();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleApiAsync(HttpContext context, string method)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var authorization = context.Request.Headers.Authorization.ToString();
        if (rateLimited.TryGetValue(method, out var left) && left > 0)
        {
            rateLimited[method] = left - 1;
            Record(new ApiCall(method, authorization, body, 429));
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

        Record(new ApiCall(method, authorization, body, 200));
        context.Response.ContentType = "application/json";
        var reply = method switch
        {
            "auth.test" => $$"""{"ok":true,"user_id":"{{BotUserId}}","bot_id":"BBOT"}""",
            "apps.connections.open" when OpenConnectionError is not null => $$"""{"ok":false,"error":"{{OpenConnectionError}}"}""",
            "apps.connections.open" => $$"""{"ok":true,"url":"ws://{{BaseUrl.Authority}}/socket"}""",
            _ => """{"ok":true}""",
        };
        await context.Response.WriteAsync(reply);
    }

    private async Task HandleResponseUrlAsync(HttpContext context, string id)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        Record(new ApiCall("response/" + id, context.Request.Headers.Authorization.ToString(), body, 200));
        await context.Response.WriteAsync("ok");
    }

    private async Task AcceptSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeSocketConnection(socket);
        sockets.Add(connection);
        await Connections.Writer.WriteAsync(connection);
        await connection.Finished;
    }

    private void Record(ApiCall call)
    {
        lock (gate)
        {
            calls.Add(call);
            foreach (var waiter in waiters.Where(w => w.Match(call)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult(call);
            }
        }
    }
}
