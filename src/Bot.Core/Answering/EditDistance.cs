namespace Bot.Core.Answering;

/// <summary>Levenshtein distance with a ceiling: stops as soon as the distance must exceed it, without allocating.
/// Names are compared thousands of times per question, and almost every comparison fails early.</summary>
internal static class EditDistance
{
    /// <summary>The distance between the strings, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.
    /// With <paramref name="swaps"/>, two neighbouring letters swapped count as one edit (optimal string alignment),
    /// the commonest typing slip ("waht").</summary>
    public static int Within(string a, string b, int max, bool swaps = false)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length > 64 || b.Length > 64)
        {
            return Math.Min(max + 1, FuzzySharp.Levenshtein.EditDistance(a, b));
        }

        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (swaps && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
