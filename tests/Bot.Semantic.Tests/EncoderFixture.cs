namespace Bot.Semantic.Tests;

/// <summary>One loaded model of each kind for the whole test run: loading takes about half a second and 90 MB.</summary>
public sealed class EncoderFixture : IDisposable
{
    public ArcticXsEncoder ArcticXs { get; } = new();

    public MiniLmEncoder MiniLm { get; } = new();

    public void Dispose()
    {
        ArcticXs.Dispose();
        MiniLm.Dispose();
    }
}
