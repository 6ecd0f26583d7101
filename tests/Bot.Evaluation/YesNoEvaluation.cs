using System.Globalization;
using System.Text;
using Bot.Core.Answering.YesNo;

namespace Bot.Evaluation;

/// <summary>The <c>yesno</c> command: the decider alone, given each answerable yes/no question and its gold
/// sentence, so its own errors are told apart from retrieval's.</summary>
internal static class YesNoEvaluation
{
    public static string Run(IEnumerable<DevSetQuestion> questions, bool misses)
    {
        var text = new StringBuilder();
        var decided = 0;
        var right = 0;
        foreach (var question in questions.Where(q => q.Answerable && q.YesNo is not null))
        {
            var sentence = EvalArticles.Get(question.Article).Article.Sentences
                .FirstOrDefault(s => AnswerGrader.IsGoldSentence(question, new Bot.Core.Facts.Citation(0, 0, s.Text)))?.Text;
            if (sentence is null)
            {
                continue;
            }

            decided++;
            var verdict = YesNoDecider.Decide(question.Question, sentence).ToString();
            if (string.Equals(verdict, question.YesNo, StringComparison.OrdinalIgnoreCase))
            {
                right++;
            }
            else if (misses)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  MISS said {verdict}, expected {question.YesNo}: “{question.Question}” / {sentence}");
            }
        }

        return text.Insert(0, string.Create(CultureInfo.InvariantCulture, $"yes/no decided right from the gold sentence: {right}/{decided} ({(decided == 0 ? 0 : (double)right / decided):P1})\n")).ToString();
    }
}
