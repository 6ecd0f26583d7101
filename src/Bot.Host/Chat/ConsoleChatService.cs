using Bot.Core.Answering;

namespace Bot.Host.Chat;

/// <summary>The interactive console chat: the default when no chat platform is configured.</summary>
internal sealed class ConsoleChatService(
    IArticleAnswerer answerer,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and its log lines) before the first prompt.
        await Task.Yield();
        var output = Console.Out;

        // The banner names the article the way every answer does, so the console needs no fact store of its own.
        var welcome = await answerer.AnswerAsync(new BotRequest(CommandCatalog.Help, string.Empty), stoppingToken).ConfigureAwait(false);
        if (welcome.Article is { } article)
        {
            await output.WriteLineAsync($"ArticleBot on {PlainTextRenderer.Heading(article)}.".AsMemory(), stoppingToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync("Ask a question, or type /help for the commands. Ctrl+D (Ctrl+Z on Windows) quits.".AsMemory(), stoppingToken).ConfigureAwait(false);
        await ChatLoop.RunAsync(Console.In, output, answerer, a => PlainTextRenderer.Render(a).TrimEnd() + Environment.NewLine, "> ", stoppingToken).ConfigureAwait(false);
        lifetime.StopApplication();
    }
}
