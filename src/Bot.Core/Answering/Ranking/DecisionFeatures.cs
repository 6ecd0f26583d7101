namespace Bot.Core.Answering.Ranking;

/// <summary>What the answer-or-refuse decision reads: the chosen candidate's own features, then how the ranker
/// scored it, how far ahead of the runner-up it is, and whether a question that wants a date, an amount or a name
/// got a sentence with none. The ranker learns which sentence is likeliest; this learns whether likeliest is enough.</summary>
internal static class DecisionFeatures
{
    public const string RankerScore = nameof(RankerScore);
    public const string Margin = nameof(Margin);
    public const string TypeMissing = nameof(TypeMissing);

    /// <summary>The names, in the order <see cref="Of"/> fills them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Enum.GetValues<Feature>().Select(f => f.ToString()), RankerScore, Margin, TypeMissing];

    public static float[] Of(Candidate best, double score, double? runnerUp)
    {
        ArgumentNullException.ThrowIfNull(best);
        var values = new float[Names.Count];
        best.Features.CopyTo(values, 0);
        var at = best.Features.Length;
        values[at] = (float)score;

        // A lone candidate is as far ahead as the ranker's scores ever are apart.
        values[at + 1] = (float)Math.Min(runnerUp is { } second ? score - second : 10, 10);
        values[at + 2] = best[Feature.TypeWanted] > 0 && best[Feature.TypeFits] == 0 ? 1 : 0;
        return values;
    }
}
