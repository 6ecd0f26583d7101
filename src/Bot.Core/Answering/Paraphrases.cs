namespace Bot.Core.Answering;

/// <summary>The words a reader may use for an article's word, from Princeton WordNet 3.0 (<c>Paraphrases.tsv</c>,
/// written from Debian's wordnet-base by <c>dotnet run --project tests/Bot.Evaluation -- paraphrases</c>): a
/// search stem, or two for a phrase ("took part"), to the stems of its frequent synonyms and derivations, so
/// "who took part" meets "participated" and "who opposed" meets "opponents". Loaded once, off the answering path.</summary>
internal static class Paraphrases
{
    public const string ResourceName = "Bot.Core.Answering.Paraphrases.tsv";

    private static readonly Lazy<Dictionary<string, string[]>> Table = new(Load);

    /// <summary>Loads the table (about 240 KiB) ahead of the first question.</summary>
    public static void Warm() => _ = Table.Value;

    /// <summary>The stems a reader may mean by <paramref name="stem"/> ("particip" for "take part"); empty when
    /// the table has none.</summary>
    public static IReadOnlyList<string> Of(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return Table.Value.TryGetValue(stem, out var related) ? related : [];
    }

    /// <summary>True when two stems in a row form a phrase of the table ("took part").</summary>
    public static bool IsPhrase(string first, string second) => Table.Value.ContainsKey(first + " " + second);

    private static Dictionary<string, string[]> Load()
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var stream = typeof(Paraphrases).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return table;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && line[0] != '#')
            {
                table[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        return table;
    }
}
