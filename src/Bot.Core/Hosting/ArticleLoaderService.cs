using Bot.Core.Articles;
using Bot.Core.Facts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Hosting;

/// <summary>Loads the article before the host starts serving, then rebuilds the facts whenever the file
/// changes. A broken new file keeps the previous snapshot.</summary>
public sealed class ArticleLoaderService(
    FactStore store,
    IOptions<ArticleOptions> options,
    IHostEnvironment environment,
    ILogger<ArticleLoaderService> logger) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);

    public string ArticlePath { get; } = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Loading here, not in ExecuteAsync, so a bad article stops the host before anything listens.
        Publish();
        return options.Value.Watch ? base.StartAsync(cancellationToken) : Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var directory = System.IO.Path.GetDirectoryName(ArticlePath)!;
        using var files = new PhysicalFileProvider(directory);
        var fileName = System.IO.Path.GetFileName(ArticlePath);
        Log.Watching(logger, ArticlePath);
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (files.Watch(fileName).RegisterChangeCallback(static state => ((TaskCompletionSource)state!).TrySetResult(), changed))
            using (stoppingToken.Register(static state => ((TaskCompletionSource)state!).TrySetCanceled(), changed))
            {
                try
                {
                    await changed.Task.ConfigureAwait(false);
                    await Task.Delay(Debounce, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            try
            {
                Publish();
            }
            catch (ArticleLoadException ex)
            {
                Log.ReloadFailed(logger, ex.Message);
            }
        }
    }

    private void Publish()
    {
        var facts = ArticleFactsLoader.LoadTimed(ArticlePath, out var elapsedMs);
        store.Publish(facts);
        Log.ArticleLoaded(logger, ArticlePath, facts.Article.Paragraphs.Count, facts.Entities.Count, facts.Statements.Count, facts.Timeline.Count, facts.Sources.Count, elapsedMs);
    }
}
