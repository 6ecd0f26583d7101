using System.Collections.Frozen;

namespace Bot.Core.Answering.Normalizing;

/// <summary>Whether a question is in English: by its script, and by whether its short words are English
/// function words or another European language's. Only a clear case counts, so a name or a loanword in an
/// English question never trips it.</summary>
internal static class LanguageGuess
{
    private static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "is", "are", "was", "were",
        "did", "does", "do", "has", "have", "had", "who", "what", "when", "where", "which", "why", "how", "many", "much",
        "said", "say", "says", "about", "it", "he", "she", "they", "this", "that", "be", "will", "can", "tell", "me",
    ], StringComparer.Ordinal);

    // Frequent words of Spanish, French, German, Italian, Portuguese and Dutch that are not English words.
    private static readonly FrozenSet<string> Foreign = FrozenSet.ToFrozenSet(
    [
        "el", "la", "los", "las", "del", "que", "qué", "quién", "quien", "cuándo", "cuando", "dónde", "donde", "por", "para", "es", "dijo", "está", "una", "y", "cómo", "cuántos",
        "le", "les", "des", "du", "et", "est", "qui", "quoi", "quand", "où", "pourquoi", "comment", "combien", "dit", "une", "sur", "avec", "pas",
        "der", "die", "das", "und", "ist", "wer", "wann", "wo", "warum", "wie", "viele", "hat", "sagte", "nicht", "ein", "eine", "mit", "von",
        "il", "chi", "che", "quando", "dove", "perché", "detto", "di", "non", "uno", "della",
        "o", "os", "quem", "onde", "disse", "não", "um", "uma", "em", "het", "een", "niet", "wie", "wat", "waar", "zei",
    ], StringComparer.Ordinal);

    public static bool IsClearlyNotEnglish(IReadOnlyList<string> words, string text)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(text);
        var letters = text.Count(char.IsLetter);
        var latin = text.Count(c => c is >= 'A' and <= 'z' || c is >= '\u00C0' and <= '\u024F');
        if (letters >= 2 && latin * 2 < letters)
        {
            return true;
        }

        var english = words.Count(English.Contains);
        var foreign = words.Count(Foreign.Contains);

        // "a" or "de" in a Spanish question, "the" in a French one quoting a title: a clear majority decides. A short
        // question ("¿Quién desarrolló TikTok?") has one such word; with no English one, Spanish's opening mark or a
        // lower-case word with a diacritic is enough, as neither begins an English question.
        return (foreign >= 2 && english * 3 < foreign)
            || (foreign >= 1 && english == 0 && (text.TrimStart() is ['¿' or '¡', ..] || words.Any(HasDiacritic)));
    }

    private static bool HasDiacritic(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && word.Any(c => c is >= '\u00C0' and <= '\u024F');
}
