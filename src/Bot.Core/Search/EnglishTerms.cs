using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Bot.Core.Search;

/// <summary>Turns English text into search terms with Lucene's English analyzer: lowercased, stop words
/// dropped, possessives removed and Porter-stemmed, so "removal" and "removing" meet.</summary>
public static class EnglishTerms
{
    // The analyzer keeps its token stream components per thread, so one shared instance is safe.
    private static readonly Analyzer Analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);

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
}
