using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Shutdown;

/// <summary>A fake Slack Web API on 127.0.0.1 that holds the first chat.postMessage open until the test releases it,
/// so the test can stop the bot while an answer is in flight. auth.test and reactions answer at once.</summary>
internal sealed class HeldSlackApi : IAsyncDisposable
{
    public const string BotUserId = "UBOT";

    /// <summary>Longest a post is held if the test never releases it (a hang guard, not part of any assertion).</summary>
    private static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(20);

    private readonly WebApplication app;
    private readonly TaskCompletionSource<string> postReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> postAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HeldSlackApi(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every Web API method called, in order.</summary>
    public ConcurrentQueue<string> Methods { get; } = new();

    /// <summary>The whole body of the held chat.postMessage, once it has arrived.</summary>
    public Task<string> PostReceived => postReceived.Task;

    /// <summary>Completes once the held post has been answered ok to the bot.</summary>
    public Task<string> PostAnswered => postAnswered.Task;

    public static async Task<HeldSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new HeldSlackApi(app);
        app.MapPost("/api/{method}", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = new Uri(app.Urls.First() + "/api/");
        return fake;
    }

    public void Release() => release.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Release();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        Methods.Enqueue(method);
        if (method == "chat.postMessage" && postReceived.TrySetResult(body))
        {
            await release.Task.WaitAsync(MaxHold).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await WriteAsync(context, """{"ok":true,"channel":"C1","ts":"1610241800.000300"}""");
            postAnswered.TrySetResult(body);
            return;
        }

        await WriteAsync(context, method == "auth.test"
            ? $$"""{"ok":true,"user_id":"{{BotUserId}}","bot_id":"BBOT"}"""
            : """{"ok":true}""");
    }

    private static async Task WriteAsync(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
        await context.Response.CompleteAsync();
    }
}
