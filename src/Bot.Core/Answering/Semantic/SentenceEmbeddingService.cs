using Bot.Core.Facts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Answering.Semantic;

/// <summary>Encodes each article snapshot's sentences in the background once it is published, so questions
/// answered meanwhile use lexical retrieval and start-up to the first answer does not wait for the model.</summary>
public sealed class SentenceEmbeddingService(FactStore store, SentenceVectorStore vectors, ILogger<SentenceEmbeddingService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!vectors.Enabled)
        {
            return;
        }

        using var published = store.Subscribe();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var facts = await published.NextAsync(stoppingToken).ConfigureAwait(false);
                var started = TimeProvider.System.GetTimestamp();
                try
                {
                    await vectors.PrepareAsync(facts, stoppingToken).ConfigureAwait(false);
                    Log.VectorsReady(logger, facts.Article.Sentences.Count, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Answers go on lexically; a model failure must not take the host down.
                    Log.VectorsFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
