using Bot.Core.Answering.Ranking;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Bot.Evaluation.Fitting;

/// <summary>Fits a boosted tree ensemble with ML.NET's FastTree and copies its trees into a plain
/// <see cref="TreeEnsemble"/>.</summary>
internal static class TreeFitter
{
    public static TreeEnsemble Fit(IReadOnlyList<(float[] Values, bool Label)> examples, string[] names, int trees, int leaves, int minLeaf)
    {
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, names.Length);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Features = e.Values, Label = e.Label }), schema);
        var model = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            NumberOfTrees = trees,
            NumberOfLeaves = leaves,
            MinimumExampleCountPerLeaf = minLeaf,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = 1,
        }).Fit(data);
        var fitted = model.Model.SubModel.TrainedTreeEnsemble;
        return new TreeEnsemble(
            names,
            [.. fitted.Trees.Select(t => new FittedTree([.. t.NumericalSplitFeatureIndexes], [.. t.NumericalSplitThresholds], [.. t.LeftChild], [.. t.RightChild], [.. t.LeafValues]))],
            [.. fitted.TreeWeights],
            fitted.Bias);
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }
}
