using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Facts;

namespace Bot.Evaluation.Fitting;

/// <summary>Turns dev-set questions into the scorer's training data, reading each question exactly as the ranked
/// answerer does. Questions the request parser sends to a catalogue command never reach the scorer and are left out.</summary>
internal static class TrainingSet
{
    public static IReadOnlyList<TrainingQuestion> Build(IEnumerable<DevSetQuestion> questions)
    {
        var answerer = new RankedQuestionAnswerer(EvalVectors.Store);
        var built = new List<TrainingQuestion>();
        foreach (var question in questions)
        {
            var request = RequestParser.Parse(question.Question);
            if (request.Command != CommandCatalog.Ask || request.Argument.Length == 0)
            {
                continue;
            }

            var facts = EvalArticles.Get(question.Article);
            EvalVectors.Prepare(facts);
            var normalized = RankedQuestionAnswerer.Normalize(facts, request.Argument);
            if (normalized.NotEnglish)
            {
                continue;
            }

            var found = answerer.Candidates(facts, normalized.Text);
            var gold = found.Candidates.Select(c => question.Answerable && AnswerGrader.IsGoldSentence(question, Citation.Of(facts.Article.Sentences[c.Sentence]))).ToList();
            built.Add(new TrainingQuestion(question, found, gold));
        }

        return built;
    }
}
