using Bot.Host.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Bot.Host.Tests.Adapters;

/// <summary>The real bot in adapter mode (real article, real core) on a free 127.0.0.1 port.</summary>
internal sealed class AdapterHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private AdapterHost(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<AdapterHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        // No sentence encoder unless a test asks for one: answers then do not change when the vectors land mid-test.
        var overrides = new Dictionary<string, string?>
        {
            ["Article:Path"] = RepositoryPaths.Seed,
            ["Article:Watch"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Answering:Encoder"] = "none",
        };
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }

        var app = BotApplication.Build(["--urls", "http://127.0.0.1:0"], overrides);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new AdapterHost(app, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
