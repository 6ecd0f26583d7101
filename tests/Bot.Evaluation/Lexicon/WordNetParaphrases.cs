using System.Globalization;
using System.Text;
using Bot.Core.Language;
using Bot.Core.Search;

namespace Bot.Evaluation.Lexicon;

/// <summary>The <c>paraphrases</c> command: reads Princeton WordNet 3.0 (Debian's <c>wordnet-base</c>, in
/// /usr/share/wordnet) and writes the paraphrase table the answerer embeds, one line a question word: its search
/// stem (or two stems for a phrase such as "take part"), a tab, and the stems of the words a reader may use for
/// it. Only a word's most frequent senses count, and only words that share one of their own frequent senses with
/// it, so "back" meets "support" but not "spine"; derivations ("participate", "participation") join too.</summary>
internal static class WordNetParaphrases
{
    // A word's first senses by WordNet's frequency order; later senses are rare readings that bring noise.
    private const int OwnSenses = 1;
    private const int TheirSenses = 2;
    private const int MostRelated = 10;

    private static readonly (string Pos, char Tag)[] PartsOfSpeech = [("noun", 'n'), ("verb", 'v'), ("adj", 'a')];

    public static string Run(string folder, string output)
    {
        var index = new Dictionary<(char Pos, string Lemma), (string[] Synsets, int Tagged)>();
        var synsets = new Dictionary<(char Pos, string Offset), Synset>();
        foreach (var (pos, tag) in PartsOfSpeech)
        {
            ReadIndex(Path.Combine(folder, "index." + pos), tag, index);
            ReadData(Path.Combine(folder, "data." + pos), tag, synsets);
        }

        var irregular = ReadExceptions(Path.Combine(folder, "verb.exc"));
        var related = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var opposite = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var ((tag, lemma), (offsets, tagged)) in index)
        {
            // Words no tagged corpus ever used are too rare for a reader's question.
            if (tagged == 0 || lemma.Count(c => c == '_') > 1 || !lemma.All(c => char.IsLetter(c) || c == '_'))
            {
                continue;
            }

            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var offset in offsets.Take(Math.Min(OwnSenses, tagged)))
            {
                var synset = synsets[(tag, offset)];
                var at = Array.FindIndex(synset.Words, w => w.Equals(lemma, StringComparison.OrdinalIgnoreCase));
                foreach (var other in synset.Words.Where(w => !w.Equals(lemma, StringComparison.OrdinalIgnoreCase)))
                {
                    if (index.TryGetValue((tag, other.ToLowerInvariant()), out var theirs) && theirs.Synsets.Take(TheirSenses).Contains(offset))
                    {
                        words.Add(other);
                    }
                }

                foreach (var pointer in synset.Pointers.Where(p => p.Symbol == "+" && p.Source == at + 1))
                {
                    if (synsets.TryGetValue((pointer.Pos, pointer.Target), out var target) && pointer.TargetWord - 1 < target.Words.Length)
                    {
                        words.Add(target.Words[pointer.TargetWord - 1]);
                    }
                }

                AddOpposites(lemma, synset, at, synsets, opposite);
            }

            var stems = new SortedSet<string>(
                words.Where(w => !w.Contains('_', StringComparison.Ordinal)).Select(Stem).OfType<string>().Take(MostRelated * 2),
                StringComparer.Ordinal);
            foreach (var key in Keys(lemma, tag, irregular))
            {
                var own = string.Join(' ', EnglishTerms.Analyze(key));
                if (own.Length == 0 || own.Count(c => c == ' ') != key.Count(c => c == ' '))
                {
                    continue;
                }

                var rest = stems.Where(s => s != own).Take(MostRelated).ToList();
                if (rest.Count == 0)
                {
                    continue;
                }

                if (!related.TryGetValue(own, out var set))
                {
                    related[own] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(rest);
            }
        }

        var text = new StringBuilder();
        WriteOpposites(opposite, Path.Combine(Path.GetDirectoryName(output)!, "Opposites.tsv"), folder);
        WriteIrregularForms(folder, index, Path.Combine(Path.GetDirectoryName(output)!, "..", "Search", "IrregularVerbs.tsv"));
        AppendLicence(text, "Paraphrases", folder);

        text.Append("# Written by `dotnet run --project tests/Bot.Evaluation -- paraphrases`; a question stem, a tab, the stems a reader may use instead.\n");
        foreach (var (key, set) in related)
        {
            text.Append(key).Append('\t').AppendJoin(' ', set).Append('\n');
        }

        File.WriteAllText(output, text.ToString());
        return string.Create(CultureInfo.InvariantCulture, $"wrote {related.Count} entries ({text.Length / 1024} KiB) to {output}");
    }

    // "accept" against "decline", "honest" against "dishonest" and the adjectives like it ("fraudulent"): a direct
    // antonym of the word in this sense, and for an adjective the satellites that lean the antonym's way.
    private static void AddOpposites(string lemma, Synset synset, int at, Dictionary<(char Pos, string Offset), Synset> synsets, SortedDictionary<string, SortedSet<string>> opposite)
    {
        var own = Stem(lemma);
        if (own is null || lemma.Contains('_', StringComparison.Ordinal))
        {
            return;
        }

        foreach (var pointer in synset.Pointers.Where(p => p.Symbol == "!" && p.Source == at + 1))
        {
            if (!synsets.TryGetValue((pointer.Pos, pointer.Target), out var target) || pointer.TargetWord - 1 >= target.Words.Length)
            {
                continue;
            }

            var words = new List<string> { target.Words[pointer.TargetWord - 1] };
            foreach (var similar in target.Pointers.Where(p => p.Symbol == "&"))
            {
                if (synsets.TryGetValue((similar.Pos, similar.Target), out var satellite))
                {
                    words.AddRange(satellite.Words);
                }
            }

            foreach (var stem in words.Where(w => !w.Contains('_', StringComparison.Ordinal)).Select(Stem).OfType<string>().Where(s => s != own))
            {
                if (!opposite.TryGetValue(own, out var set))
                {
                    opposite[own] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(stem);
            }
        }
    }

    private static void WriteOpposites(SortedDictionary<string, SortedSet<string>> opposite, string path, string folder)
    {
        var text = new StringBuilder();
        AppendLicence(text, "Opposites", folder);

        text.Append("# Written by `dotnet run --project tests/Bot.Evaluation -- paraphrases`; a stem, a tab, the stems of its opposites.\n");
        foreach (var (key, set) in opposite)
        {
            text.Append(key).Append('\t').AppendJoin(' ', set).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    // "flew" for "fly", "fought" for "fight": the forms Porter's rules cannot bring to their verb, from WordNet's
    // exception list. A form that is a noun or a verb of its own ("found", "left", "saw", "ground") is left alone,
    // so a question about a saw or the left does not turn into one about seeing or leaving; so is a verb no tagged
    // text ever used.
    private static void WriteIrregularForms(string folder, Dictionary<(char Pos, string Lemma), (string[] Synsets, int Tagged)> index, string path)
    {
        var text = new StringBuilder();
        AppendLicence(text, "Irregular verb forms", folder);
        text.Append("# Written by `dotnet run --project tests/Bot.Evaluation -- paraphrases`; an inflected form, a tab, its verb.\n");
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in File.ReadLines(Path.Combine(folder, "verb.exc")).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(f => f.Length == 2))
        {
            var (form, lemma) = (f[0], f[1]);
            if (!form.All(char.IsAsciiLetterLower) || !lemma.All(char.IsAsciiLetterLower)
                || index.ContainsKey(('n', form)) || index.ContainsKey(('v', form))
                || !index.TryGetValue(('v', lemma), out var verb) || verb.Tagged == 0
                || EnglishTerms.PorterStem(form) is not { } formStem || formStem == EnglishTerms.PorterStem(lemma))
            {
                continue;
            }

            rows.TryAdd(form, lemma);
        }

        // Regular forms too, where Porter's rules part them from their verb: "died" and "dying" from "die".
        foreach (var ((tag, lemma), (_, tagged)) in index)
        {
            if (tag != 'v' || tagged == 0 || !lemma.All(char.IsAsciiLetterLower) || EnglishTerms.PorterStem(lemma) is not { } lemmaStem)
            {
                continue;
            }

            foreach (var form in VerbForms.Of(new VerbRow(lemma, VerbProperty.None)).Select(VerbInflection.Third | VerbInflection.Past | VerbInflection.Ing))
            {
                if (form != lemma && !index.ContainsKey(('n', form)) && !index.ContainsKey(('v', form)) && EnglishTerms.PorterStem(form) != lemmaStem)
                {
                    rows.TryAdd(form, lemma);
                }
            }
        }

        foreach (var (form, lemma) in rows)
        {
            text.Append(form).Append('\t').Append(lemma).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    // The licence stands as numbered lines at the top of every index file ("  1 This software and ..."), and asks
    // to go with every copy.
    private static void AppendLicence(StringBuilder text, string what, string folder)
    {
        text.Append("# ").Append(what).Append(" derived from Princeton WordNet 3.0, under its licence, which asks that this notice go with every copy:\n");
        foreach (var line in File.ReadLines(Path.Combine(folder, "index.verb")).TakeWhile(l => l.StartsWith(' ')))
        {
            text.Append("# ").Append(new string([.. line.Trim().SkipWhile(char.IsDigit)]).Trim()).Append('\n');
        }
    }

    // A phrase's verb may stand in an irregular form in the question: "took part" as well as "take part".
    private static IEnumerable<string> Keys(string lemma, char tag, Dictionary<string, List<string>> irregular)
    {
        var words = lemma.Split('_');
        yield return string.Join(' ', words);
        if (tag == 'v' && words.Length == 2 && irregular.TryGetValue(words[0], out var forms))
        {
            foreach (var form in forms)
            {
                yield return form + " " + words[1];
            }
        }
    }

    private static string? Stem(string word) =>
        EnglishTerms.Analyze(word.Replace('_', ' ')) is [var stem] ? stem : null;

    private static void ReadIndex(string path, char tag, Dictionary<(char, string), (string[], int)> index)
    {
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith(' ')))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var senses = int.Parse(f[2], CultureInfo.InvariantCulture);
            var pointers = int.Parse(f[3], CultureInfo.InvariantCulture);
            var tagged = int.Parse(f[5 + pointers], CultureInfo.InvariantCulture);
            index[(tag, f[0])] = (f[(6 + pointers)..(6 + pointers + senses)], tagged);
        }
    }

    private static void ReadData(string path, char tag, Dictionary<(char, string), Synset> synsets)
    {
        foreach (var line in File.ReadLines(path).Where(l => !l.StartsWith(' ')))
        {
            var f = line[..line.IndexOf('|', StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var count = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

            // Adjectives carry a syntactic marker: "galore(ip)".
            var words = Enumerable.Range(0, count).Select(n => f[4 + (2 * n)]).Select(w => w.Contains('(', StringComparison.Ordinal) ? w[..w.IndexOf('(', StringComparison.Ordinal)] : w).ToArray();
            var at = 4 + (2 * count);
            var pointerCount = int.Parse(f[at], CultureInfo.InvariantCulture);
            var pointers = Enumerable.Range(0, pointerCount).Select(n =>
            {
                var p = at + 1 + (4 * n);
                var st = f[p + 3];
                var pos = f[p + 2][0] == 's' ? 'a' : f[p + 2][0];
                return new Pointer(f[p], f[p + 1], pos, int.Parse(st[..2], NumberStyles.HexNumber, CultureInfo.InvariantCulture), int.Parse(st[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }).ToArray();
            synsets[(tag, f[0])] = new Synset(words, pointers);
        }
    }

    private static Dictionary<string, List<string>> ReadExceptions(string path)
    {
        var forms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var f in File.ReadLines(path).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(f => f.Length >= 2))
        {
            foreach (var lemma in f.Skip(1))
            {
                if (!forms.TryGetValue(lemma, out var list))
                {
                    forms[lemma] = list = [];
                }

                list.Add(f[0]);
            }
        }

        return forms;
    }

    private sealed record Synset(string[] Words, Pointer[] Pointers);

    private sealed record Pointer(string Symbol, string Target, char Pos, int Source, int TargetWord);
}
