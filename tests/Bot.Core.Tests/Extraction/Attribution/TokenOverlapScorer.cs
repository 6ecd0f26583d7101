using System.Text.RegularExpressions;

namespace Bot.Core.Tests.Extraction.Attribution;

/// <summary>Matches predicted spans to gold spans one to one, greedily by token overlap:
/// a pair counts when the shared tokens are at least half of each side's tokens.</summary>
internal static partial class TokenOverlapScorer
{
    public static (int Start, int End)[] Tokens(string text) =>
        [.. Token().Matches(text).Select(m => (m.Index, m.Index + m.Length))];

    public static HashSet<int> TokenSet((int Start, int End)[] tokens, IEnumerable<(int Start, int End)> spans)
    {
        var set = new HashSet<int>();
        foreach (var (start, end) in spans)
        {
            var k = LowerBound(tokens, start);
            while (k < tokens.Length && tokens[k].Start < end)
            {
                set.Add(k);
                k++;
            }
        }

        return set;
    }

    public static double Overlap(HashSet<int> predicted, HashSet<int> gold)
    {
        if (predicted.Count == 0 || gold.Count == 0)
        {
            return 0;
        }

        var shared = predicted.Count(gold.Contains);
        return (double)shared / Math.Max(predicted.Count, gold.Count);
    }

    /// <summary>The number of one-to-one matches at or above the threshold, taking the best pairs first.</summary>
    public static int Matches(IReadOnlyList<HashSet<int>> predicted, IReadOnlyList<HashSet<int>> gold, double threshold = 0.5)
    {
        var pairs = new List<(double Score, int P, int G)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var score = Overlap(predicted[p], gold[g]);
                if (score >= threshold)
                {
                    pairs.Add((score, p, g));
                }
            }
        }

        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var matches = 0;
        foreach (var (_, p, g) in pairs.OrderByDescending(x => x.Score))
        {
            if (usedP.Add(p))
            {
                if (usedG.Add(g))
                {
                    matches++;
                }
                else
                {
                    usedP.Remove(p);
                }
            }
        }

        return matches;
    }

    private static int LowerBound((int Start, int End)[] tokens, int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    [GeneratedRegex(@"\w+|[^\w\s]")]
    private static partial Regex Token();
}
