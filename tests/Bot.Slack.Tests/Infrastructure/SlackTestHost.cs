using System.Globalization;
using System.Net;
using System.Text;
using Bot.Core.Answering;
using Bot.Slack.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Tests.Infrastructure;

/// <summary>The bot as the host runs it (AddSlack, MapSlack, /healthz) on Kestrel at 127.0.0.1, talking to a fake Slack.</summary>
internal sealed class SlackTestHost : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-0123456789abcdef";
    public const string BotToken = "xoxb-test-bot-token-123";
    public const string AppToken = "xapp-test-app-token-456";

    private SlackTestHost(WebApplication app, HttpClient client, CapturingLoggerProvider logs, TimeProvider time)
    {
        App = app;
        Client = client;
        Logs = logs;
        Time = time;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    public TimeProvider Time { get; }

    public static async Task<SlackTestHost> StartAsync(
        FakeSlackApi slack,
        IArticleAnswerer answerer,
        bool socketMode = false,
        TimeProvider? time = null,
        IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);

        var configuration = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.AbsoluteUri,
        };
        if (socketMode)
            configuration["Slack:AppToken"] = AppToken;
        else
            configuration["Slack:SigningSecret"] = SigningSecret;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;
        builder.Configuration.AddInMemoryCollection(configuration);

        time ??= TimeProvider.System;
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(answerer);
        builder.AddSlack();

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok());
        app.MapSlack();
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new SlackTestHost(app, client, logs, time);
    }

    public Task<HttpResponseMessage> PostSignedAsync(
        string path, string body, string contentType = "application/x-www-form-urlencoded",
        string secret = SigningSecret, long? timestamp = null, IDictionary<string, string>? headers = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var ts = (timestamp ?? Time.GetUtcNow().ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        return PostAsync(path, bytes, contentType, ts, SlackSignatureVerifier.Sign(secret, ts, bytes), headers);
    }

    public async Task<HttpResponseMessage> PostAsync(
        string path, byte[] body, string contentType, string? timestamp, string? signature, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        if (timestamp is not null)
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        if (signature is not null)
            request.Headers.Add("X-Slack-Signature", signature);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.Add(name, value);
        return await Client.SendAsync(request);
    }

    public static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value)));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
