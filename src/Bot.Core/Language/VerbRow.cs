namespace Bot.Core.Language;

/// <summary>One verb of the lexicon: its lemma ("say", "point out"), what it does, and the irregular forms
/// the spelling rules cannot guess.</summary>
/// <param name="Lemma">The base form; a phrasal verb keeps its particle after a space.</param>
/// <param name="Past">The simple past when irregular ("said").</param>
/// <param name="PastParticiple">The participle when it differs from the past ("written").</param>
internal sealed record VerbRow(string Lemma, VerbProperty Properties, string? Past = null, string? PastParticiple = null)
{
    public bool Has(VerbProperty properties) => (Properties & properties) == properties;
}
