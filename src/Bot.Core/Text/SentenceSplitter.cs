using System.Text.RegularExpressions;

namespace Bot.Core.Text;

/// <summary>Splits a block of text into sentences, returning spans relative to the block.</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            var end = m.Index + m.Length;
            spans.Add((start, end - start));
            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (start < text.Length)
        {
            spans.Add((start, text.TrimEnd().Length - start));
        }

        return spans;
    }

    [GeneratedRegex("""(?<=[a-z0-9)][.!?]["”']?)(?=\s+["“]?[A-Z])""")]
    private static partial Regex SentenceEnd();
}
