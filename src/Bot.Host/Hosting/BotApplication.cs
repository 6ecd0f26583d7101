using Bot.Core.Facts;
using Bot.Core.Hosting;
using Bot.Discord;
using Bot.Host.Chat;
using Bot.Slack;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Host.Hosting;

/// <summary>Builds the long-running bot: the chat adapters when a platform is configured, else the console chat.</summary>
internal static class BotApplication
{
    public static bool HasChatPlatform(IConfiguration configuration) =>
        DiscordHostingExtensions.IsDiscordConfigured(configuration) || SlackHostingExtensions.IsSlackConfigured(configuration);

    /// <summary>The chat adapters on Kestrel, with /healthz.</summary>
    public static WebApplication BuildAdapters(string[] args, IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Cli.ContentRoot.Find() });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.AddBotCore();
        if (DiscordHostingExtensions.IsDiscordConfigured(builder.Configuration))
        {
            builder.AddDiscord();
        }

        if (SlackHostingExtensions.IsSlackConfigured(builder.Configuration))
        {
            builder.AddSlack();
        }

        var app = builder.Build();
        Log.AdapterMode(app.Logger, DiscordHostingExtensions.IsDiscordConfigured(app.Configuration), SlackHostingExtensions.IsSlackConfigured(app.Configuration));
        app.MapGet("/healthz", (IFactStore store) => store.Current is null
            ? Results.Text("article not loaded", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("ok"));
        if (DiscordHostingExtensions.IsDiscordConfigured(app.Configuration))
        {
            app.MapDiscord();
        }

        if (SlackHostingExtensions.IsSlackConfigured(app.Configuration))
        {
            app.MapSlack();
        }
        return app;
    }

    /// <summary>The interactive console chat on the configured article.</summary>
    public static IHost BuildConsole(string[] args, IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = Cli.ContentRoot.Find() });
        builder.Configuration.AddInMemoryCollection(overrides);

        // The console belongs to the conversation; only warnings go to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Warning);

        builder.AddBotCore();
        builder.Services.AddHostedService<ConsoleChatService>();
        return builder.Build();
    }
}
