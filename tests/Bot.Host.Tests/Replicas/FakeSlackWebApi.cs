using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Replicas;

/// <summary>The Slack Web API methods the bot calls, on 127.0.0.1, recording each call's method and JSON body.
/// Several bot processes may point at one instance.</summary>
internal sealed class FakeSlackWebApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<(string Method, JsonElement Body)> calls = [];
    private readonly Lock gate = new();

    private FakeSlackWebApi(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeSlackWebApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlackWebApi(app);
        app.MapPost("/api/{method}", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.First() + "/api/";
        return fake;
    }

    public IReadOnlyList<JsonElement> Calls(string method)
    {
        lock (gate)
            return [.. calls.Where(c => c.Method == method).Select(c => c.Body)];
    }

    /// <summary>Waits (at most 20 s, a hang guard) until a call to <paramref name="method"/> matches.</summary>
    public async Task<JsonElement> WaitForAsync(string method, Func<JsonElement, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var found = Calls(method).Where(match).ToList();
            if (found.Count > 0)
                return found[0];
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No matching {method} call within 20 s.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string method)
    {
        var text = await new StreamReader(context.Request.Body).ReadToEndAsync();
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
        lock (gate)
            calls.Add((method, document.RootElement.Clone()));
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(method == "auth.test" ? """{"ok":true,"user_id":"UBOT","bot_id":"BBOT"}""" : """{"ok":true}""");
    }
}
