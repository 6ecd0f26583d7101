using Bot.Core.Hosting;
using Bot.Host.Chat;

namespace Bot.Host.Hosting;

/// <summary>Builds the long-running bot: the chat adapters when a platform is configured, else the console chat.</summary>
internal static class BotApplication
{
    public static IHost BuildConsole(string[] args, IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = Cli.ContentRoot.Find() });
        builder.Configuration.AddInMemoryCollection(overrides);

        // The console belongs to the conversation; only warnings go to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.AddBotCore();
        builder.Services.AddHostedService<ConsoleChatService>();
        return builder.Build();
    }
}
