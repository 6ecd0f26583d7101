using Bot.Core.Answering.Semantic;
using Bot.Core.Facts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Core.Tests.Answering.Semantic;

public sealed class SentenceEmbeddingServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_published_snapshot_gets_its_vectors_in_the_background()
    {
        var store = new FactStore();
        var vectors = new SentenceVectorStore(new WordHashEncoder());
        using var service = new SentenceEmbeddingService(store, vectors, NullLogger<SentenceEmbeddingService>.Instance);
        await service.StartAsync(CancellationToken.None);

        var first = SentenceVectorStoreTests.Facts("The river flooded in March.", "The council met on Monday.");
        var second = SentenceVectorStoreTests.Facts("The mayor resigned on Friday.");
        store.Publish(first);
        await Until(() => vectors.IsReady(first));
        store.Publish(second);
        await Until(() => vectors.IsReady(second));

        await service.StopAsync(CancellationToken.None);
        Assert.NotNull(vectors.Cosines(second, "when did the mayor resign", []));
    }

    [Fact]
    public async Task A_failing_model_leaves_answers_lexical_and_the_service_running()
    {
        var store = new FactStore();
        var vectors = new SentenceVectorStore(new WordHashEncoder { Failure = new InvalidOperationException("model file is corrupt") });
        using var service = new SentenceEmbeddingService(store, vectors, NullLogger<SentenceEmbeddingService>.Instance);
        await service.StartAsync(CancellationToken.None);

        var facts = SentenceVectorStoreTests.Facts("The river flooded in March.");
        store.Publish(facts);
        await Task.Delay(200);

        Assert.False(vectors.IsReady(facts));
        Assert.Null(vectors.Cosines(facts, "when did the river flood", [0]));
        Assert.False(service.ExecuteTask?.IsFaulted ?? false);
        await service.StopAsync(CancellationToken.None);
    }

    private static async Task Until(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, "the vectors were not ready in time");
            await Task.Delay(10);
        }
    }
}
