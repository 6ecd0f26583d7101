namespace Bot.Evaluation.Fitting;

/// <summary>One regression tree of a boosted ensemble, as ML.NET's FastTree fitted it: node n sends a value at or
/// below <see cref="Thresholds"/>[n] of feature <see cref="Features"/>[n] to <see cref="Left"/>[n], others right;
/// a negative child ~k is leaf k.</summary>
internal sealed record FittedTree(int[] Features, float[] Thresholds, int[] Left, int[] Right, double[] Leaves)
{
    public double Evaluate(ReadOnlySpan<float> values)
    {
        if (Features.Length == 0)
        {
            return Leaves.Length > 0 ? Leaves[0] : 0;
        }

        var node = 0;
        while (node >= 0)
        {
            node = values[Features[node]] <= Thresholds[node] ? Left[node] : Right[node];
        }

        return Leaves[~node];
    }
}

/// <summary>A boosted tree ensemble over named features: the weighted sum of its trees plus a bias, a log-odds-like
/// score. The names fix which value each tree reads, so a reordering of the features cannot pair them wrongly.</summary>
internal sealed record TreeEnsemble(IReadOnlyList<string> FeatureNames, IReadOnlyList<FittedTree> Trees, IReadOnlyList<double> TreeWeights, double Bias)
{
    public double Score(ReadOnlySpan<float> values)
    {
        var total = Bias;
        for (var t = 0; t < Trees.Count; t++)
        {
            total += TreeWeights[t] * Trees[t].Evaluate(values);
        }

        return total;
    }
}
