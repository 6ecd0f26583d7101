using System.Globalization;
using System.Text;
using Bot.Core.Answering.Ranking;

namespace Bot.Evaluation.Fitting;

/// <summary>The <c>fit</c> command: fits the lexical scorer (and the semantic one when an encoder is in use) on the
/// dev split only, writes them where the core embeds them, and says how they did on the dev split.</summary>
internal static class Fit
{
    public static string Run(IReadOnlyList<DevSetQuestion> questions)
    {
        var dev = TrainingSet.Build(questions.Where(q => !q.IsHeldOut));
        var lexical = ScorerFitter.Fit(dev, semantic: false);
        var semantic = EvalVectors.Store.Enabled ? ScorerFitter.Fit(dev, semantic: true) : null;
        var fitted = string.Create(CultureInfo.InvariantCulture, $"{dev.Count} dev questions, {dev.Sum(q => q.Found.Candidates.Count)} candidates; {(semantic is null ? "lexical only" : "lexical and semantic")}");
        ScorerFile.Write(new ScorerModel(lexical, semantic, fitted));

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"fitted on {fitted}; wrote {ScorerFile.PathInRepository}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  gold among the candidates for {Share(dev.Count(q => q.Answerable), dev.Count(q => q.Question.Answerable))} of answerable dev questions");
        foreach (var (name, weights) in new[] { ("lexical", lexical), ("semantic", semantic) })
        {
            if (weights is not null)
            {
                var threshold = weights.Decision?.Threshold ?? weights.Threshold;
                text.AppendLine(CultureInfo.InvariantCulture, $"  {name}: right (as fitted) {ScorerFitter.Right(dev, new AnswerScorer(weights), threshold):P1} at decision threshold {threshold}{(weights.RefuseWhenTypeMissing ? ", refusing when the wanted type is missing" : "")}");
                var (topIsGold, perfectDecision) = ScorerFitter.Ceiling(dev, new AnswerScorer(weights));
                text.AppendLine(CultureInfo.InvariantCulture, $"    ranker's first is gold for {topIsGold:P1} of answerable questions; a perfect decision would get {perfectDecision:P1} right");
                text.AppendLine("    ranker: " + Listed(weights));
                if (weights.Decision is { } decision)
                {
                    text.AppendLine("    decision: " + Listed(decision));
                }
            }
        }

        return text.ToString();
    }

    private static string Listed(ScorerWeights weights) =>
        string.Join(", ", weights.Weights.Select(w => $"{w.Key} {w.Value.ToString("F2", CultureInfo.InvariantCulture)}")) + string.Create(CultureInfo.InvariantCulture, $", bias {weights.Bias}");

    private static string Share(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
