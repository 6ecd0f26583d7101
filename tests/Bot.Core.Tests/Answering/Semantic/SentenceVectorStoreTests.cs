using Bot.Core.Answering.Semantic;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering.Semantic;

public sealed class SentenceVectorStoreTests
{
    private static readonly ArticleFacts Short = Facts(
        "The council approved the budget on Tuesday.",
        "The mayor said the vote was a relief.",
        "Construction of the bridge will take about 18 months.");

    [Fact]
    public async Task Without_an_encoder_there_are_no_cosines_even_after_preparing()
    {
        var store = new SentenceVectorStore();
        await store.PrepareAsync(Short);

        Assert.False(store.Enabled);
        Assert.Null(store.Cosines(Short, "how long will the bridge take", [0]));
    }

    [Fact]
    public async Task A_short_article_has_no_cosines_until_it_is_prepared_and_then_one_per_sentence()
    {
        var store = new SentenceVectorStore(new WordHashEncoder());
        Assert.Null(store.Cosines(Short, "how long will construction of the bridge take", [0]));

        await store.PrepareAsync(Short);
        var cosines = store.Cosines(Short, "how long will construction of the bridge take", []);

        Assert.True(store.IsReady(Short));
        Assert.NotNull(cosines);
        Assert.Equal(Short.Article.Sentences.Count, cosines.Length);
        var bridge = Index(Short, "18 months");
        Assert.Equal(bridge, Array.IndexOf(cosines, cosines.Max()));
    }

    [Fact]
    public async Task Preparing_twice_encodes_once()
    {
        var encoder = new WordHashEncoder();
        var store = new SentenceVectorStore(encoder);
        await store.PrepareAsync(Short);
        await store.PrepareAsync(Short);

        Assert.Equal(Short.Article.Sentences.Count, encoder.PassagesEncoded);
    }

    [Fact]
    public async Task Preparing_stops_when_cancelled_and_leaves_the_article_unready()
    {
        var store = new SentenceVectorStore(new WordHashEncoder());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.PrepareAsync(Short, cancelled.Token));
        Assert.False(store.IsReady(Short));
    }

    [Fact]
    public async Task A_long_article_is_encoded_on_demand_only_for_the_sentences_asked_for_and_keeps_them()
    {
        var sentences = Enumerable.Range(1, SentenceVectorStore.LongArticleSentences + 50)
            .Select(n => $"Committee number {n} met in room {n} to discuss item {n}.").ToArray();
        var facts = Facts(sentences);
        var encoder = new WordHashEncoder();
        var store = new SentenceVectorStore(encoder);

        await store.PrepareAsync(facts);
        Assert.Equal(0, encoder.PassagesEncoded);

        var cosines = store.Cosines(facts, "what did committee number 7 discuss", [3, 7]);
        Assert.NotNull(cosines);
        Assert.Equal(2, encoder.PassagesEncoded);
        Assert.False(float.IsNaN(cosines[3]));
        Assert.False(float.IsNaN(cosines[7]));
        Assert.True(float.IsNaN(cosines[5]));

        store.Cosines(facts, "what did committee number 9 discuss", [7, 9]);
        Assert.Equal(3, encoder.PassagesEncoded);
    }

    private static int Index(ArticleFacts facts, string text) =>
        facts.Article.Sentences.ToList().FindIndex(s => s.Text.Contains(text, StringComparison.Ordinal));

    internal static ArticleFacts Facts(params string[] sentences) =>
        FactExtractor.Extract(ArticleLoader.Parse("A test article\n\n" + string.Join("\n\n", sentences), "test.txt"));
}
