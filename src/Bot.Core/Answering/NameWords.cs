using System.Text;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Splits text into words folded the way names are compared (lowercase, no accents, no possessive).</summary>
internal static partial class NameWords
{
    /// <summary>The name without a courtesy title: "Mr. Dor" is "Dor".</summary>
    public static string WithoutTitle(string name) => Title().Replace(name.Trim(), string.Empty);

    public static IEnumerable<string> Of(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '\'' || c == '’')
            {
                word.Append(c);
                continue;
            }

            if (Flush(word) is { } done)
            {
                yield return done;
            }
        }

        if (Flush(word) is { } last)
        {
            yield return last;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Sen|Rep|Gov|Pres)\.?\s+")]
    private static partial System.Text.RegularExpressions.Regex Title();

    private static string? Flush(StringBuilder word)
    {
        if (word.Length == 0)
        {
            return null;
        }

        var folded = NameMatcher.Normalize(word.ToString());
        word.Clear();
        return folded.Length == 0 ? null : folded;
    }
}
