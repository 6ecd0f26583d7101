using Bot.Core.Answering;
using Bot.Discord.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Fakes;

/// <summary>The real wiring (AddDiscord + MapDiscord) in a Kestrel host on 127.0.0.1, with fakes for the core.</summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string Token = "test-token.XYZ-secret";
    public const string ApplicationId = "1100000000000000001";

    private DiscordTestHost(WebApplication app, HttpClient client, ListLoggerProvider logs)
    {
        App = app;
        Client = client;
        Logs = logs;
    }

    public WebApplication App { get; }
    public HttpClient Client { get; }
    public ListLoggerProvider Logs { get; }

    public static async Task<DiscordTestHost> StartAsync(
        IDictionary<string, string?> settings,
        FakeAnswerer answerer,
        TimeProvider? time = null,
        IGatewayTransportFactory? transports = null)
    {
        var logs = new ListLoggerProvider();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton<IArticleAnswerer>(answerer);
        builder.Services.AddSingleton<ICompleter>(answerer);
        if (time is not null)
            builder.Services.AddSingleton(time);
        if (transports is not null)
            builder.Services.AddSingleton(transports);
        builder.AddDiscord();
        var app = builder.Build();
        app.MapDiscord();
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new DiscordTestHost(app, client, logs);
    }

    public T Hosted<T>() where T : IHostedService => App.Services.GetServices<IHostedService>().OfType<T>().Single();

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
