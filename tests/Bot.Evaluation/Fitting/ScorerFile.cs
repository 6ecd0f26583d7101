using System.Text.Json;
using Bot.Core.Answering.Ranking;

namespace Bot.Evaluation.Fitting;

/// <summary>Reads and writes the fitted scorers where the core embeds them.</summary>
internal static class ScorerFile
{
    public static string PathInRepository => Path.Combine(EvalPaths.RepositoryRoot, "src", "Bot.Core", "Answering", "Ranking", "AnswerScorer.json");

    public static void Write(ScorerModel model) =>
        File.WriteAllText(PathInRepository, JsonSerializer.Serialize(model, RankingJsonContext.Default.ScorerModel) + "\n");
}
