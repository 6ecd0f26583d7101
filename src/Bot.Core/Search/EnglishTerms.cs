using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Bot.Core.Search;

/// <summary>Turns English text into search terms as Lucene's English analyzer does (lowercased, stop words dropped,
/// possessives removed, Porter-stemmed, so "removal" and "removing" meet), and brings irregular verb forms to their
/// verb's stem first, so "flew" meets "fly" and "fought" meets "fight".</summary>
public static class EnglishTerms
{
    private const string IrregularVerbsResource = "Bot.Core.Search.IrregularVerbs.tsv";

    // The analyzers keep their token stream components per thread, so one shared instance each is safe.
    private static readonly Analyzer Porter = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
    private static readonly Analyzer Analyzer = new IrregularAwareAnalyzer(LoadIrregularVerbs());

    /// <summary>The terms of <paramref name="text"/> in order, repeats kept.</summary>
    public static IReadOnlyList<string> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        if (text.Length == 0)
        {
            return terms;
        }

        using var stream = Analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    // Each form against the Porter stem of its verb, which the override filter marks as final so that Porter's
    // rules leave "fly" of "flew" alone. The table is written from WordNet by the evaluation's paraphrases command.
    private static StemmerOverrideFilter.StemmerOverrideMap LoadIrregularVerbs()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        using var stream = typeof(EnglishTerms).Assembly.GetManifestResourceStream(IrregularVerbsResource)
            ?? throw new InvalidOperationException($"The irregular verb table ({IrregularVerbsResource}) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#') && line.Split('\t') is [var form, var verb] && PorterStem(verb) is { } stem)
            {
                builder.Add(form, stem);
            }
        }

        return builder.Build();
    }

    /// <summary>The first term of <paramref name="word"/> by Lucene's English analyzer alone, without the irregular
    /// forms: "fight" of "fighting", and "fought" of "fought".</summary>
    public static string? PorterStem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        using var stream = Porter.GetTokenStream("text", new StringReader(word));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return stem;
    }

    /// <summary>Lucene's English analyzer chain, with the irregular forms' stems set before Porter's rules run.</summary>
    private sealed class IrregularAwareAnalyzer(StemmerOverrideFilter.StemmerOverrideMap irregular) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream result = new StandardFilter(LuceneVersion.LUCENE_48, source);
            result = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, result);
            result = new LowerCaseFilter(LuceneVersion.LUCENE_48, result);
            result = new StopFilter(LuceneVersion.LUCENE_48, result, EnglishAnalyzer.DefaultStopSet);
            result = new StemmerOverrideFilter(result, irregular);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
