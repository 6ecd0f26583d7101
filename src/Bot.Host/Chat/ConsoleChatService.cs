using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Host.Chat;

/// <summary>The interactive console chat: the default when no chat platform is configured.</summary>
internal sealed class ConsoleChatService(
    IArticleAnswerer answerer,
    IFactStore store,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and its log lines) before the first prompt.
        await Task.Yield();
        var output = Console.Out;
        if (store.Current is { } facts)
        {
            var meta = facts.Article.Metadata;
            var published = facts.Published.Date?.ToString() ?? "date unknown";
            await output.WriteLineAsync($"ArticleBot on “{facts.Article.Title}” ({meta.Outlet ?? "outlet unknown"}, {published}).".AsMemory(), stoppingToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync("Ask a question, or type /help for the commands. Ctrl+D (Ctrl+Z on Windows) quits.".AsMemory(), stoppingToken).ConfigureAwait(false);
        await ChatLoop.RunAsync(Console.In, output, answerer, a => PlainTextRenderer.Render(a).TrimEnd() + Environment.NewLine, "> ", stoppingToken).ConfigureAwait(false);
        lifetime.StopApplication();
    }
}
