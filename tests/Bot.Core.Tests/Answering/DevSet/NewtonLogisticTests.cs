using Bot.Evaluation.Fitting;

namespace Bot.Core.Tests.Answering.DevSet;

public sealed class NewtonLogisticTests
{
    // Labels that follow the first column, with a few exceptions so the optimum is finite.
    private static readonly (float[] Values, bool Label)[] Rows =
    [
        .. Enumerable.Range(0, 200).Select(i => (new[] { i % 10 / 10f, i % 7 / 7f, 0f }, (i % 10) + (i % 3) > 6)),
    ];

    [Fact]
    public void Fit_WeighsTheColumnTheLabelsFollow()
    {
        var (weights, _) = NewtonLogistic.Fit(Rows, 3, l2: 1);

        Assert.True(weights[0] > 2, $"first weight {weights[0]}");
        Assert.True(Math.Abs(weights[1]) < weights[0] / 4, $"second weight {weights[1]}");
    }

    [Fact]
    public void Fit_AnAllZeroColumn_GetsNothingAndMovesNothing()
    {
        var (withZero, biasWithZero) = NewtonLogistic.Fit(Rows, 3, l2: 1);
        var (without, biasWithout) = NewtonLogistic.Fit([.. Rows.Select(r => (r.Values[..2], r.Label))], 2, l2: 1);

        Assert.Equal(0, withZero[2]);
        Assert.Equal(without[0], withZero[0], 9);
        Assert.Equal(without[1], withZero[1], 9);
        Assert.Equal(biasWithout, biasWithZero, 9);
    }

    [Fact]
    public void Fit_SwappedColumns_GiveSwappedWeights()
    {
        var (weights, _) = NewtonLogistic.Fit(Rows, 3, l2: 1);
        var (swapped, _) = NewtonLogistic.Fit([.. Rows.Select(r => (new[] { r.Values[1], r.Values[0], r.Values[2] }, r.Label))], 3, l2: 1);

        Assert.Equal(weights[0], swapped[1], 9);
        Assert.Equal(weights[1], swapped[0], 9);
    }
}
