namespace Bot.Core.Answering;

/// <summary>A table from a search stem (or two, for a phrase such as "took part") to related stems, embedded as
/// tab-separated text and generated from Princeton WordNet 3.0 by
/// <c>dotnet run --project tests/Bot.Evaluation -- paraphrases</c> (from Debian's wordnet-base). Loaded once, on
/// first use or when warmed, off the answering path.</summary>
internal sealed class StemTable
{
    private readonly Lazy<Dictionary<string, string[]>> _table;

    private StemTable(string resourceName) => _table = new(() => Load(resourceName));

    /// <summary>The words a reader may use for an article's word: its frequent synonyms and derivations, so "who
    /// took part" meets "participated" and "who opposed" meets "opponents".</summary>
    public static StemTable Paraphrases { get; } = new("Bot.Core.Answering.Paraphrases.tsv");

    /// <summary>Each word's antonyms, and for an adjective the words like them: "accept" and "decline", "honest"
    /// and "deceitful".</summary>
    public static StemTable Opposites { get; } = new("Bot.Core.Answering.Opposites.tsv");

    /// <summary>Every row: a stem and its related stems.</summary>
    public IEnumerable<KeyValuePair<string, string[]>> Rows => _table.Value;

    /// <summary>Loads the table ahead of the first question.</summary>
    public void Warm() => _ = _table.Value;

    /// <summary>The stems related to <paramref name="stem"/>; empty when the table has none.</summary>
    public IReadOnlyList<string> Of(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return _table.Value.TryGetValue(stem, out var related) ? related : [];
    }

    /// <summary>True when two stems in a row form a phrase of the table ("took part").</summary>
    public bool IsPhrase(string first, string second) => _table.Value.ContainsKey(first + " " + second);

    private static Dictionary<string, string[]> Load(string resourceName)
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using var stream = typeof(StemTable).Assembly.GetManifestResourceStream(resourceName);
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
