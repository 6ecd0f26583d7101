using Bot.Adapters;

namespace Bot.Adapters.Tests;

public class BackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(3, 4.0)]
    [InlineData(5, 16.0)]
    [InlineData(6, 30.0)]
    [InlineData(1000, 30.0)]
    [InlineData(0, 1.0)]
    [InlineData(-5, 1.0)]
    public void Delay_IsTheSeededFractionOfTheCappedExponential(int attempt, double ceilingSeconds)
    {
        var expected = ceilingSeconds * new Random(42).NextDouble();

        var delay = Backoff.Delay(attempt, Base, Max, new Random(42));

        Assert.Equal(expected, delay.TotalSeconds, 6);
    }

    [Fact]
    public void Delay_StaysBetweenZeroAndTheCeilingForEveryDraw()
    {
        var jitter = new Random(7);
        for (var attempt = 1; attempt <= 12; attempt++)
        {
            var ceiling = Math.Min(30, Math.Pow(2, attempt - 1));
            for (var i = 0; i < 200; i++)
            {
                var seconds = Backoff.Delay(attempt, Base, Max, jitter).TotalSeconds;
                Assert.InRange(seconds, 0, ceiling);
            }
        }
    }

    [Fact]
    public void Delay_SpreadsRetriesOverTheWholeRange()
    {
        // Full jitter: retries of many clients spread from zero to the ceiling, not bunched around it.
        var jitter = new Random(1);
        var draws = Enumerable.Range(0, 1000).Select(_ => Backoff.Delay(6, Base, Max, jitter).TotalSeconds).ToList();

        Assert.Contains(draws, s => s < 3);
        Assert.Contains(draws, s => s > 27);
    }
}
