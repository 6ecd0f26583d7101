using Bot.Core.Answering.Semantic;
using Bot.Core.Facts;

namespace Bot.Evaluation;

/// <summary>The sentence vectors the evaluation answers with: none until an encoder is chosen, and then each
/// article's vectors are complete before its first question, as they are once a running bot has warmed up.</summary>
internal static class EvalVectors
{
    public static SentenceVectorStore Store { get; private set; } = new();

    public static void Use(ISentenceEncoder? encoder) => Store = new SentenceVectorStore(encoder);

    public static void Prepare(ArticleFacts facts) => Store.PrepareAsync(facts).GetAwaiter().GetResult();
}
