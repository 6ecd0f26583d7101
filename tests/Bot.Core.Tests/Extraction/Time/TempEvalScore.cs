using System.Globalization;

namespace Bot.Core.Tests.Extraction.Time;

/// <summary>Counts for one way of matching system expressions to gold ones.</summary>
internal sealed record PrfCounts(int TruePositives, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : (double)TruePositives / System;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrfCounts operator +(PrfCounts a, PrfCounts b) =>
        new(a.TruePositives + b.TruePositives, a.System + b.System, a.Gold + b.Gold);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"P {Precision * 100:F1}  R {Recall * 100:F1}  F1 {F1 * 100:F1}  (tp {TruePositives}, system {System}, gold {Gold})");
}

/// <summary>TempEval-3 scores: strict span (exact offsets), relaxed span (any overlap) and value
/// (overlap and equal normalised value). Each gold expression is matched at most once.</summary>
internal sealed record TempEvalScore(PrfCounts Strict, PrfCounts Relaxed, PrfCounts Value)
{
    public static TempEvalScore Zero { get; } = new(new(0, 0, 0), new(0, 0, 0), new(0, 0, 0));

    public static TempEvalScore operator +(TempEvalScore a, TempEvalScore b) =>
        new(a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.Value + b.Value);

    public static TempEvalScore Of(IReadOnlyList<(int Start, int End, string Value)> system, IReadOnlyList<GoldTimex> gold)
    {
        var strict = Count(system, gold, (s, g) => s.Start == g.Start && s.End == g.End);
        var relaxed = Count(system, gold, Overlaps);
        var value = Count(system, gold, (s, g) => Overlaps(s, g) && string.Equals(s.Value, g.Value, StringComparison.Ordinal));
        return new TempEvalScore(new(strict, system.Count, gold.Count), new(relaxed, system.Count, gold.Count), new(value, system.Count, gold.Count));
    }

    private static bool Overlaps((int Start, int End, string Value) s, GoldTimex g) => s.Start < g.End && g.Start < s.End;

    private static int Count(IReadOnlyList<(int Start, int End, string Value)> system, IReadOnlyList<GoldTimex> gold, Func<(int Start, int End, string Value), GoldTimex, bool> match)
    {
        var used = new bool[gold.Count];
        var count = 0;
        foreach (var s in system)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                if (!used[i] && match(s, gold[i]))
                {
                    used[i] = true;
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
