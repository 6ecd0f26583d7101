using Bot.Core.Answering;
using Bot.Core.Answering.Normalizing;
using Bot.Core.Articles;
using Bot.Core.Facts;
using Bot.Core.Telemetry;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Bot.Core.Hosting;

/// <summary>Loads the article before the host starts serving, then rebuilds the facts whenever the file
/// changes. A broken new file keeps the previous snapshot.</summary>
public sealed class ArticleLoaderService(
    FactStore store,
    IOptions<ArticleOptions> options,
    IHostEnvironment environment,
    ILogger<ArticleLoaderService> logger,
    CoreMetrics? metrics = null) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);

    private PhysicalFileProvider? files;
    private IChangeToken? nextChange;

    public string ArticlePath { get; } = Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Watch && Directory.Exists(Path.GetDirectoryName(ArticlePath)))
        {
            // Watch before the first load so a change made while loading is not missed; and here rather
            // than in ExecuteAsync, which runs on a background thread and could start after a change.
            files = new PhysicalFileProvider(Path.GetDirectoryName(ArticlePath)!);
            nextChange = files.Watch(Path.GetFileName(ArticlePath));
        }

        // Loading here, not in ExecuteAsync, so a bad article stops the host before anything listens.
        Publish();

        // The typo mender's English vocabulary and WordNet's paraphrases load beside the first questions, not before them.
        _ = Task.Run(EnglishWords.Warm, CancellationToken.None);
        _ = Task.Run(StemTable.Paraphrases.Warm, CancellationToken.None);
        _ = Task.Run(StemTable.Opposites.Warm, CancellationToken.None);
        return nextChange is null ? Task.CompletedTask : base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        files?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.Watching(logger, ArticlePath);
        while (files is not null && nextChange is not null && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WhenChangedAsync(nextChange, stoppingToken).ConfigureAwait(false);
                await Task.Delay(Debounce, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            nextChange = files.Watch(Path.GetFileName(ArticlePath));
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

    private static async Task WhenChangedAsync(IChangeToken token, CancellationToken cancellationToken)
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = token.RegisterChangeCallback(static state => ((TaskCompletionSource)state!).TrySetResult(), changed);
        using var cancellation = cancellationToken.Register(static state => ((TaskCompletionSource)state!).TrySetCanceled(), changed);
        await changed.Task.ConfigureAwait(false);
    }

    private void Publish()
    {
        var facts = ArticleFactsLoader.LoadTimed(ArticlePath, out var elapsedMs);
        store.Publish(facts);
        metrics?.RecordArticleLoad(TimeSpan.FromMilliseconds(elapsedMs));
        Log.ArticleLoaded(logger, ArticlePath, facts.Article.Paragraphs.Count, facts.Entities.Count, facts.Statements.Count, facts.Timeline.Count, facts.Sources.Count, elapsedMs);
    }
}
