using Bot.Core.Articles;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Bot.Benchmarks.Answering;

/// <summary>The yardstick: Lucene.Net's own BM25 search over the article's sentences, held in memory.</summary>
internal sealed class LuceneSentenceSearch : IDisposable
{
    private const string FieldName = "text";
    private readonly RAMDirectory _directory = new();
    private readonly EnglishAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly QueryParser _parser;

    public LuceneSentenceSearch(IReadOnlyList<ArticleSentence> sentences)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                writer.AddDocument([new StoredField("id", i), new TextField(FieldName, sentences[i].Text, Field.Store.NO)]);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        _parser = new QueryParser(LuceneVersion.LUCENE_48, FieldName, _analyzer);
    }

    /// <summary>The top five sentences for the text, parsed as Lucene would (escaped, OR of the terms). One parser
    /// is reused, which is only safe on one thread: the benchmark gives Lucene that advantage.</summary>
    public TopDocs Search(string text)
    {
        var escaped = QueryParserBase.Escape(text);
        var query = escaped.Trim().Length == 0 ? new BooleanQuery() : _parser.Parse(escaped);
        return _searcher.Search(query, 5);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
