using Bot.Core.Answering.Semantic;

namespace Bot.Semantic.Tests;

[Collection(EncoderCollection.Name)]
public sealed class SentenceEncoderTests(EncoderFixture fixture)
{
    private static readonly string[] Passages =
    [
        "The council approved the harbour plan on Tuesday by seven votes to two.",
        "Heavy rain flooded the lower town and closed the coast road.",
        "The mayor said the new ferry would start running in March.",
        "Fishermen protested outside the town hall against the fishing quota.",
        "The museum reopened after a two-year renovation costing 4 million euros.",
    ];

    public static TheoryData<string> Models => [SentenceEncoderOptions.ArcticXs, SentenceEncoderOptions.MiniLm];

    [Theory]
    [MemberData(nameof(Models))]
    public void Encode_ReturnsOneUnitVectorPerText(string model)
    {
        var vectors = Encoder(model).Encode(Passages, TextRole.Passage);

        Assert.Equal(Passages.Length, vectors.Count);
        Assert.All(vectors, v => Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 4));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Encode_PutsAParaphraseCloserThanAnUnrelatedSentence(string model)
    {
        var v = Encoder(model).Encode(
            ["The storm closed the coast road.", "The coastal road was shut because of the storm.", "The museum sells tickets online."],
            TextRole.Passage);

        Assert.True(Dot(v[0], v[1]) > Dot(v[0], v[2]) + 0.1);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Encode_PutsAQuestionClosestToTheSentenceAnsweringIt(string model)
    {
        var encoder = Encoder(model);
        var passages = encoder.Encode(Passages, TextRole.Passage);
        var query = encoder.Encode(["When will the ferry begin service?"], TextRole.Query)[0];

        var best = Enumerable.Range(0, passages.Count).MaxBy(i => Dot(query, passages[i]));

        Assert.Equal(2, best);
    }

    [Fact]
    public void ArcticXs_EncodesAQueryUnlikeTheSamePassage()
    {
        const string text = "When will the ferry begin service?";

        var query = fixture.ArcticXs.Encode([text], TextRole.Query)[0];
        var passage = fixture.ArcticXs.Encode([text], TextRole.Passage)[0];
        var prefixed = fixture.ArcticXs.Encode([ArcticXsEncoder.QueryPrefix + text], TextRole.Passage)[0];

        Assert.True(Dot(query, passage) < 0.999);
        Assert.Equal(1.0, Dot(query, prefixed), 4);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Encode_GivesAnEmptyListForNoTexts(string model) =>
        Assert.Empty(Encoder(model).Encode([], TextRole.Passage));

    [Theory]
    [MemberData(nameof(Models))]
    public void Encode_ThrowsWhenCancelled(string model)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Encoder(model).Encode(Passages, TextRole.Passage, cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Encode_GivesTheSameVectorsFromSeveralThreads(string model)
    {
        var encoder = Encoder(model);
        var alone = encoder.Encode(Passages, TextRole.Passage);

        var together = new IReadOnlyList<float[]>[8];
        Parallel.For(0, together.Length, i => together[i] = encoder.Encode(Passages, TextRole.Passage));

        Assert.All(together, vectors => Assert.All(vectors.Zip(alone), pair => Assert.Equal(pair.Second, pair.First)));
    }

    [Fact]
    public void Encode_KeepsTheInputOrderAcrossBatches()
    {
        // More texts than one batch, of mixed lengths, so the length sort and the batching are exercised.
        var texts = Enumerable.Range(0, 70).Select(i => Passages[i % Passages.Length] + new string('!', i % 7)).ToArray();

        var together = fixture.MiniLm.Encode(texts, TextRole.Passage);

        Assert.Equal(fixture.MiniLm.Encode([texts[41]], TextRole.Passage)[0], together[41], new FloatTolerance(1e-4f));
    }

    private ISentenceEncoder Encoder(string model) => model == SentenceEncoderOptions.ArcticXs ? fixture.ArcticXs : fixture.MiniLm;

    private static double Dot(float[] a, float[] b) => a.Zip(b).Sum(p => (double)p.First * p.Second);

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
