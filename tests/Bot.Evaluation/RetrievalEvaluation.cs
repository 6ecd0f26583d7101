using System.Diagnostics;
using Bot.Core.Answering;
using Bot.Core.Answering.Semantic;
using Bot.Core.Facts;

namespace Bot.Evaluation;

/// <summary>Ranks every sentence of an article for each answerable question by cosine, by BM25 and by their
/// reciprocal-rank fusion, and reports where the gold sentence lands. Extraction, encoding and ranking are
/// timed apart, so the encode figure is the model's alone.</summary>
internal static class RetrievalEvaluation
{
    public static RetrievalReport Run(IReadOnlyList<DevSetQuestion> questions, VectorCache cache, int degree, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(cache);
        var articles = questions.Where(q => q.Answerable).GroupBy(q => q.Article, StringComparer.Ordinal).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken };

        var clock = Stopwatch.StartNew();
        Parallel.ForEach(articles, parallel, article => AnswerContext.For(EvalArticles.Get(article.Key)));
        var extract = clock.Elapsed;

        // The first encode loads the model; timing it alone keeps the load out of the per-sentence figure.
        clock.Restart();
        cache.Encoder.Encode(["warm-up"], TextRole.Passage, cancellationToken);
        var firstEncode = clock.Elapsed;

        clock.Restart();
        var encodedBefore = cache.Encoded;
        var encodeTimeBefore = cache.EncodeTime;
        var vectors = new (IReadOnlyList<float[]> Passages, IReadOnlyList<float[]> Queries)[articles.Count];
        Parallel.For(0, articles.Count, parallel, a =>
        {
            var context = AnswerContext.For(EvalArticles.Get(articles[a].Key));
            vectors[a] = (
                cache.Encode([.. context.Sentences.Select(s => s.Text)], TextRole.Passage, cancellationToken),
                cache.Encode([.. articles[a].Select(q => q.Question)], TextRole.Query, cancellationToken));
        });
        var encode = clock.Elapsed;

        var ranks = new List<RetrievalRanks>();
        for (var a = 0; a < articles.Count; a++)
        {
            var context = AnswerContext.For(EvalArticles.Get(articles[a].Key));
            var questionsOfArticle = articles[a].ToList();
            for (var q = 0; q < questionsOfArticle.Count; q++)
            {
                var question = questionsOfArticle[q];
                var gold = context.Sentences.Select(s => AnswerGrader.IsGoldSentence(question, Citation.Of(s))).ToArray();
                var bm25 = context.Index.Search(question.Question, context.Index.Count).Select(h => h.Index).ToList();
                ranks.Add(RetrievalRanks.Of(question, gold, vectors[a].Queries[q], vectors[a].Passages, bm25));
            }
        }

        return new RetrievalReport(
            cache.Encoder.Name,
            ranks,
            articles.Count,
            articles.Sum(a => AnswerContext.For(EvalArticles.Get(a.Key)).Sentences.Count),
            extract,
            firstEncode,
            LoadTime(cache.Encoder),
            encode,
            cache.Encoded - encodedBefore,
            cache.EncodeTime - encodeTimeBefore,
            degree);
    }

    private static TimeSpan? LoadTime(ISentenceEncoder encoder) => encoder switch
    {
        Bot.Semantic.ArcticXsEncoder arctic => arctic.LoadTime,
        Bot.Semantic.MiniLmEncoder miniLm => miniLm.LoadTime,
        _ => null,
    };
}
