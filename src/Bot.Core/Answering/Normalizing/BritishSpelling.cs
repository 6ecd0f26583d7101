namespace Bot.Core.Answering.Normalizing;

/// <summary>The American spellings a British-spelled word may have ("criticised" → "criticized",
/// "defence" → "defense", "programme" → "program"), and the British ones of an American word, so a question
/// and an article meet whichever side of the Atlantic wrote them. Candidates only: the article's own
/// vocabulary decides which, if any, is used.</summary>
internal static class BritishSpelling
{
    private static readonly (string British, string American)[] Endings =
    [
        ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
        ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
        ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"), ("ourable", "orable"),
        ("tre", "ter"), ("tres", "ters"), ("ence", "ense"), ("ences", "enses"),
        ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"),
        ("ogue", "og"), ("ogues", "ogs"), ("mme", "m"), ("mmes", "ms"), ("ae", "e"),
    ];

    /// <summary>Respellings of <paramref name="word"/> (lower case) in the other convention, most specific first.</summary>
    public static IEnumerable<string> Variants(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var (british, american) in Endings.OrderByDescending(e => e.British.Length))
        {
            if (word.Length > british.Length + 2 && word.EndsWith(british, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, word.Length - british.Length), american);
            }

            if (word.Length > american.Length + 2 && word.EndsWith(american, StringComparison.Ordinal))
            {
                yield return string.Concat(word.AsSpan(0, word.Length - american.Length), british);
            }
        }

        // "paediatric", "manoeuvre", "oestrogen" and the like: the digraph inside the word.
        foreach (var (digraph, single) in new[] { ("ae", "e"), ("oe", "e") })
        {
            var at = word.IndexOf(digraph, 1, StringComparison.Ordinal);
            if (at > 0)
            {
                yield return string.Concat(word.AsSpan(0, at), single, word.AsSpan(at + 2));
            }
        }
    }
}
