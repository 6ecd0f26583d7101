using Bot.Core.Answering.Typing;

namespace Bot.Core.Answering.Ranking;

/// <summary>What the ranker reads of a candidate: its <see cref="Feature"/> values, then, for the answer type the
/// question wants, the features whose worth depends on that type. Holding a date tells a "when" answer from its
/// neighbours and says nothing about a quote; a close cosine matters more where the words are paraphrased.</summary>
internal static class RankerFeatures
{
    private static readonly Feature[] ByType =
        [Feature.Bm25, Feature.Coverage, Feature.KindFits, Feature.TypeFits, Feature.TypeAnchor, Feature.TypeOwnWords, Feature.CosineGap, Feature.TypeFallback];

    private static readonly AnswerType[] Types = Enum.GetValues<AnswerType>();

    /// <summary>The names, in the order <see cref="Of"/> fills them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Enum.GetValues<Feature>().Select(f => f.ToString()), .. Types.SelectMany(t => ByType.Select(f => $"{t}:{f}"))];

    /// <summary>The feature a name reads, crossed with a type or not: what the fit leaves out without vectors.</summary>
    public static bool Reads(string name, Feature feature) =>
        name == feature.ToString() || name.EndsWith(":" + feature, StringComparison.Ordinal);

    public static float[] Of(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var values = new float[Names.Count];
        candidate.Features.CopyTo(values, 0);
        var block = candidate.Features.Length + (Array.IndexOf(Types, candidate.Wanted) * ByType.Length);
        for (var f = 0; f < ByType.Length; f++)
        {
            values[block + f] = candidate[ByType[f]];
        }

        return values;
    }
}
