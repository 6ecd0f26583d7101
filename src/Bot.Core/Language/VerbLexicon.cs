using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Search;

namespace Bot.Core.Language;

/// <summary>The verb table with every form derived once: the words each rule reads, by property and inflection.</summary>
internal sealed class VerbLexicon
{
    private readonly (VerbRow Row, VerbForms Forms)[] verbs;

    private VerbLexicon(IEnumerable<VerbRow> rows) => verbs = [.. rows.Select(r => (r, VerbForms.Of(r)))];

    /// <summary>The lexicon of <see cref="VerbTable"/>, which every rule reads unless given another.</summary>
    public static VerbLexicon Default { get; } = new(VerbTable.Rows);

    /// <summary>The table plus <paramref name="extra"/> rows: a lexicon for trying a verb without touching the table.</summary>
    public static VerbLexicon With(params IEnumerable<VerbRow> extra) => new([.. VerbTable.Rows, .. extra]);

    public IEnumerable<VerbRow> Rows => verbs.Select(v => v.Row);

    /// <summary>The <paramref name="inflections"/> of every row that has all of <paramref name="properties"/>.</summary>
    public IEnumerable<string> Forms(VerbProperty properties, VerbInflection inflections) =>
        verbs.Where(v => v.Row.Has(properties)).SelectMany(v => v.Forms.Select(inflections)).Distinct(StringComparer.Ordinal);

    /// <summary>The past forms of the rows with <paramref name="properties"/>, and every finite form of those also
    /// marked <see cref="VerbProperty.Present"/>: for lists that must not catch a noun ("United States", "claims").</summary>
    public IEnumerable<string> NounSafeForms(VerbProperty properties, VerbInflection inflections = VerbInflection.Past) =>
        Forms(properties, inflections).Concat(Forms(properties | VerbProperty.Present, VerbInflection.Finite)).Distinct(StringComparer.Ordinal);

    /// <summary>The simple past of the verb that <paramref name="form"/> is any form of ("calling" gives "called"), or null.</summary>
    public string? PastOf(string form) =>
        verbs.FirstOrDefault(v => v.Forms.Select(VerbInflection.All).Contains(form, StringComparer.OrdinalIgnoreCase)).Forms?.Past;

    public FrozenSet<string> Set(VerbProperty properties, VerbInflection inflections, StringComparer comparer) =>
        Forms(properties, inflections).ToFrozenSet(comparer);

    /// <summary>The Porter stems of the lemmas with <paramref name="properties"/>, as the search index spells them.</summary>
    public FrozenSet<string> Stems(VerbProperty properties) =>
        verbs.Where(v => v.Row.Has(properties)).Select(v => Stem(v.Row.Lemma)).OfType<string>().ToFrozenSet(StringComparer.Ordinal);

    public static string? Stem(string word) => EnglishTerms.Analyze(word) is [var stem, ..] ? stem : null;

    /// <summary>A regular-expression alternation of <paramref name="words"/>, longest first so none hides a longer one.</summary>
    public static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(w => Regex.Escape(w).Replace("\\ ", " ", StringComparison.Ordinal)));
}
