using Bot.Core.Facts;
using Bot.Core.Hosting;
using Bot.Discord;
using Bot.Host.Chat;
using Bot.Semantic;
using Bot.Slack;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Host.Hosting;

/// <summary>Builds the long-running bot: the chat adapters that are configured, else the console chat.</summary>
internal static class BotApplication
{
    /// <param name="settings">Configuration arguments (<c>--Section:Key=value</c>, <c>--urls</c>).</param>
    /// <param name="overrides">Settings from the command's own options, which win over every other source.</param>
    public static WebApplication Build(string[] settings, IReadOnlyDictionary<string, string?> overrides)
    {
        // One builder for both modes, so configuration is read once and decides everything below.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = settings, ContentRootPath = Cli.ContentRoot.Find() });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.ReportStartupFailuresOnce();
        builder.AddTelemetry();
        builder.AddGracefulShutdown();

        builder.AddBotCore();
        builder.Services.AddSentenceEncoder();
        builder.AddSharedState();
        builder.AddDiscord();
        builder.AddSlack();
        builder.AddConsoleChat();

        var app = builder.Build();
        Log.AdapterMode(app.Logger, DiscordHostingExtensions.IsDiscordConfigured(app.Configuration), SlackHostingExtensions.IsSlackConfigured(app.Configuration));
        app.MapGet("/healthz", (IFactStore store) => store.Current is null
            ? Results.Text("article not loaded", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("ok"));
        app.MapTelemetry();
        app.MapDiscord();
        app.MapSlack();
        return app;
    }

    // The host logs a failed start with its stack trace; RunCommand reports the same failure as one line.
    // Critical stays on: a background service that stops the host is still logged with its exception.
    // The console rule too, because a rule naming a provider (the console chat's) beats one that does not.
    private static void ReportStartupFailuresOnce(this WebApplicationBuilder builder)
    {
        builder.Logging.AddFilter(HostCategory, LogLevel.Critical);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(HostCategory, LogLevel.Critical);
    }

    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
}
