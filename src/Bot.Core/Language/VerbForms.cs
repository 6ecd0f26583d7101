namespace Bot.Core.Language;

/// <summary>The inflections of one verb, derived by the regular English spelling rules unless its row
/// gives them: "admit" doubles ("admitted"), "-e" drops ("noting"), "-y" turns ("denies", "denied").</summary>
internal sealed record VerbForms(string Base, string Third, string Past, string PastParticiple, string Ing)
{
    // Final syllables that carry the stress, so their consonant doubles in longer verbs ("admitted", "compelled").
    private static readonly string[] StressedEndings = ["mit", "pel", "cur", "gret", "trol", "fer"];

    public static VerbForms Of(VerbRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var space = row.Lemma.IndexOf(' ', StringComparison.Ordinal);
        var verb = space < 0 ? row.Lemma : row.Lemma[..space];
        var particle = space < 0 ? string.Empty : row.Lemma[space..];
        var past = row.Past ?? Regular(verb, "ed");
        return new(
            row.Lemma,
            ThirdPerson(verb) + particle,
            past + particle,
            (row.PastParticiple ?? past) + particle,
            Regular(verb, "ing") + particle);
    }

    public IEnumerable<string> Select(VerbInflection inflections)
    {
        var forms = new List<string>(5);
        Add(VerbInflection.Base, Base);
        Add(VerbInflection.Third, Third);
        Add(VerbInflection.Past, Past);
        Add(VerbInflection.PastParticiple, PastParticiple);
        Add(VerbInflection.Ing, Ing);
        return forms;

        void Add(VerbInflection inflection, string form)
        {
            if (inflections.HasFlag(inflection) && !forms.Contains(form))
            {
                forms.Add(form);
            }
        }
    }

    private static string ThirdPerson(string verb)
    {
        if (EndsInConsonantY(verb))
        {
            return verb[..^1] + "ies";
        }

        return verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal)
            || verb.EndsWith("sh", StringComparison.Ordinal) || (verb.EndsWith('o') && verb.Length > 1 && !IsVowel(verb, verb.Length - 2))
            ? verb + "es"
            : verb + "s";
    }

    // The "-ed" and "-ing" endings share the doubling and the silent "e"; only "-y" and "-ie" part them.
    private static string Regular(string verb, string ending)
    {
        var ed = ending == "ed";
        if (ed && EndsInConsonantY(verb))
        {
            return verb[..^1] + "ied";
        }

        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            return ed ? verb + "d" : verb[..^2] + "ying";
        }

        if (verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && !verb.EndsWith("ye", StringComparison.Ordinal)
            && !verb.EndsWith("oe", StringComparison.Ordinal))
        {
            return ed ? verb + "d" : verb[..^1] + ending;
        }

        if (ed && verb.EndsWith('e'))
        {
            return verb + "d";
        }

        return Doubles(verb) ? verb + verb[^1] + ending : verb + ending;
    }

    // A final consonant after one short vowel doubles in a one-syllable verb ("plan", "quip") or under a
    // final stress ("admit"); "w", "x" and "y" never double.
    private static bool Doubles(string verb)
    {
        var n = verb.Length;
        if (n < 3 || IsVowel(verb, n - 1) || verb[^1] is 'w' or 'x' or 'y' || !IsVowel(verb, n - 2) || IsVowel(verb, n - 3))
        {
            return false;
        }

        return VowelGroups(verb) == 1 || StressedEndings.Any(e => verb.EndsWith(e, StringComparison.Ordinal) && !verb.EndsWith("ffer", StringComparison.Ordinal));
    }

    private static int VowelGroups(string verb)
    {
        var groups = 0;
        for (var i = 0; i < verb.Length; i++)
        {
            if (IsVowel(verb, i) && (i == 0 || !IsVowel(verb, i - 1)))
            {
                groups++;
            }
        }

        return groups;
    }

    private static bool EndsInConsonantY(string verb) => verb.Length > 1 && verb[^1] == 'y' && !IsVowel(verb, verb.Length - 2);

    // The "u" of "qu" is a consonant ("quip" has one vowel).
    private static bool IsVowel(string word, int i) =>
        word[i] is 'a' or 'e' or 'i' or 'o' or 'u' && !(word[i] == 'u' && i > 0 && word[i - 1] == 'q');
}
