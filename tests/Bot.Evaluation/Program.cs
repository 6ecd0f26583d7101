using Bot.Evaluation;
using Bot.Evaluation.Fitting;

// dotnet run --project tests/Bot.Evaluation -- score [dev|heldout|all] [--misses] [--answerer ranked|lexical]
// dotnet run --project tests/Bot.Evaluation -- fit
var arguments = args.ToList();
var misses = arguments.Remove("--misses");
var answerer = Option(arguments, "--answerer") ?? Bot.Core.Answering.Ranking.RankedQuestionAnswerer.Name;
var command = arguments.ElementAtOrDefault(0) ?? "score";
var split = arguments.ElementAtOrDefault(1) ?? "all";
var questions = DevSet.Load();
switch (command)
{
    case "score" when split is "dev" or "heldout" or "all" && AnswerRunner.Answerers.ContainsKey(answerer):
        foreach (var part in split == "all" ? new[] { "dev", "heldout" } : [split])
        {
            var report = DevSetReport.Run(questions.Where(q => q.Split == part), answerer);
            Console.WriteLine(report.Format($"{part} ({answerer})", misses));
        }

        return 0;
    case "fit":
        Console.WriteLine(Fit.Run(questions));
        return 0;
    default:
        await Console.Error.WriteLineAsync("usage: Bot.Evaluation score [dev|heldout|all] [--misses] [--answerer ranked|lexical] | fit");
        return 2;
}

static string? Option(List<string> arguments, string name)
{
    var at = arguments.IndexOf(name);
    if (at < 0 || at + 1 >= arguments.Count)
    {
        return null;
    }

    var value = arguments[at + 1];
    arguments.RemoveRange(at, 2);
    return value;
}
