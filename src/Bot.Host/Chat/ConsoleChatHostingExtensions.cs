using Bot.Discord;
using Bot.Slack;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Host.Chat;

internal static class ConsoleChatHostingExtensions
{
    /// <summary>The console chat, when no chat platform is configured; else nothing.</summary>
    public static WebApplicationBuilder AddConsoleChat(this WebApplicationBuilder builder)
    {
        if (DiscordHostingExtensions.IsDiscordConfigured(builder.Configuration) || SlackHostingExtensions.IsSlackConfigured(builder.Configuration))
        {
            return builder;
        }

        // The console belongs to the conversation; only warnings go to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Warning);

        // Nothing to serve: a chat on a terminal must not take a port (or fail because one is taken).
        builder.Services.AddSingleton<IServer, NoListenerServer>();
        builder.Services.AddHostedService<ConsoleChatService>();
        return builder;
    }
}
