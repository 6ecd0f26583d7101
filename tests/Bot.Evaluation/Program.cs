using Bot.Evaluation;

// dotnet run --project tests/Bot.Evaluation -- score [dev|heldout|all] [--misses]
var arguments = args.ToList();
var misses = arguments.Remove("--misses");
var command = arguments.ElementAtOrDefault(0) ?? "score";
var split = arguments.ElementAtOrDefault(1) ?? "all";
if (command != "score" || split is not ("dev" or "heldout" or "all"))
{
    await Console.Error.WriteLineAsync("usage: Bot.Evaluation score [dev|heldout|all] [--misses]");
    return 2;
}

var questions = DevSet.Load();
foreach (var part in split == "all" ? new[] { "dev", "heldout" } : [split])
{
    var report = DevSetReport.Run(questions.Where(q => q.Split == part));
    Console.WriteLine(report.Format(part, misses));
}

return 0;
