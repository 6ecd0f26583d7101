using System.Runtime.CompilerServices;
using Bot.Core.Answering.Normalizing;
using Bot.Core.Answering.Semantic;
using Bot.Core.Facts;

namespace Bot.Core.Answering.Ranking;

/// <summary>The default <see cref="IQuestionAnswerer"/>. The question is normalised (mentions out, spellings and
/// typos mended against the article), the sentences that might answer it are gathered from BM25, the sentence
/// embeddings (once ready) and the lexical answerer, and a logistic scorer fitted on the dev set decides which
/// sentence answers, or that none does. It never refuses while citing the sentence it judged best.</summary>
public sealed class RankedQuestionAnswerer(SentenceVectorStore vectors) : IQuestionAnswerer
{
    /// <summary>Its name for <c>Answering:QuestionAnswerer</c>.</summary>
    public const string Name = "ranked";

    private static readonly ConditionalWeakTable<ArticleFacts, ArticleVocabulary> Vocabularies = [];

    /// <summary>An answerer without sentence vectors: lexical features only.</summary>
    public RankedQuestionAnswerer()
        : this(new SentenceVectorStore())
    {
    }

    /// <inheritdoc />
    public Task<Answer> AnswerAsync(ArticleFacts facts, string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(facts, question ?? string.Empty, cancellationToken));
    }

    private Answer Answer(ArticleFacts facts, string question, CancellationToken cancellationToken)
    {
        var normalized = Normalize(facts, question);
        if (normalized.NotEnglish)
        {
            return new Answer(AnswerKind.Refused, normalized.Text, false, "I can only answer questions in English; please ask again in English.", [], []);
        }

        var context = AnswerContext.For(facts);

        // Questions about the article itself ("what is this article about", "who wrote it") are not searches.
        if (ArticleQuestions.TryAnswer(context, normalized.Text) is { } aboutArticle)
        {
            return aboutArticle;
        }

        var found = Candidates(facts, normalized.Text, cancellationToken);
        var (lexicalScorer, semanticScorer) = AnswerScorer.Shipped;
        var scorer = found.Semantic && semanticScorer is not null ? semanticScorer : lexicalScorer;
        return AnswerComposer.Compose(context, found, scorer);
    }

    /// <summary>The question as the answerer reads it: mentions out, spellings and typos mended against the article.</summary>
    internal static NormalizedQuestion Normalize(ArticleFacts facts, string question) =>
        QuestionNormalizer.Normalize(question, Vocabularies.GetValue(facts, static f => ArticleVocabulary.Of(f.Article)));

    /// <summary>The candidates for an already normalised question, measured with the vectors when they are ready.</summary>
    internal QuestionCandidates Candidates(ArticleFacts facts, string question, CancellationToken cancellationToken = default) =>
        CandidateFinder.Find(AnswerContext.For(facts), question, wanted => vectors.Cosines(facts, question, wanted, cancellationToken));
}
