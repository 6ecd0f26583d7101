using Bot.Core.Answering.Typing;

namespace Bot.Core.Answering.Ranking;

/// <summary>What the answer-or-refuse decision reads: the chosen candidate's own features, then how the ranker
/// scored it, how far ahead of the runner-up it is, and whether a question that wants a date, an amount or a name
/// got a sentence with none. The ranker learns which sentence is likeliest; this learns whether likeliest is enough.
/// Last, per answer type, a bias and the features whose worth depends on the type: the question's own words inside
/// the phrase tell a count ("3 officers") from a near miss, and mean nothing for a date.</summary>
internal static class DecisionFeatures
{
    public const string RankerScore = nameof(RankerScore);
    public const string Margin = nameof(Margin);
    public const string TypeMissing = nameof(TypeMissing);

    private static readonly Feature[] ByType = [Feature.TypeOwnWords, Feature.TypeAnchor, Feature.TypeFits, Feature.Coverage, Feature.RarestTermMissing, Feature.RarestTermElsewhere, Feature.PredicateUnmet];

    private static readonly AnswerType[] Types = Enum.GetValues<AnswerType>();

    /// <summary>The names, in the order <see cref="Of"/> fills them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Enum.GetValues<Feature>().Select(f => f.ToString()), RankerScore, Margin, TypeMissing,
            .. Types.SelectMany(t => ByType.Select(f => $"{t}:{f}").Prepend(t.ToString()))];

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

        var block = at + 3 + (Array.IndexOf(Types, best.Wanted) * (ByType.Length + 1));
        values[block] = 1;
        for (var f = 0; f < ByType.Length; f++)
        {
            values[block + 1 + f] = best[ByType[f]];
        }

        return values;
    }
}
