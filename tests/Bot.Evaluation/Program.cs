using Bot.Core.Answering.Semantic;
using Bot.Evaluation;
using Bot.Semantic;

// dotnet run --project tests/Bot.Evaluation -- score [dev|heldout|all] [--misses]
// dotnet run --project tests/Bot.Evaluation -- retrieval [dev|heldout] [--encoder arcticxs|minilm] [--fresh] [--degree N] [--threads N]
var arguments = args.ToList();
var misses = arguments.Remove("--misses");
var fresh = arguments.Remove("--fresh");
var encoderName = Option(arguments, "--encoder") ?? SentenceEncoderOptions.ArcticXs;
var degree = int.TryParse(Option(arguments, "--degree"), out var d) && d > 0 ? d : Environment.ProcessorCount;
var threads = int.TryParse(Option(arguments, "--threads"), out var t) && t > 0 ? t : 1;
var command = arguments.ElementAtOrDefault(0) ?? "score";
var split = arguments.ElementAtOrDefault(1) ?? (command == "retrieval" ? "dev" : "all");
var questions = DevSet.Load();

if (command == "retrieval" && split is "dev" or "heldout" && encoderName is SentenceEncoderOptions.ArcticXs or SentenceEncoderOptions.MiniLm)
{
    using var encoder = encoderName == SentenceEncoderOptions.ArcticXs ? (IDisposable)new ArcticXsEncoder(threads) : new MiniLmEncoder(threads);
    var cache = new VectorCache((ISentenceEncoder)encoder, readCache: !fresh);
    var report = RetrievalEvaluation.Run([.. questions.Where(q => q.Split == split)], cache, degree);
    Console.WriteLine(report.Format(split));
    return 0;
}

if (command != "score" || split is not ("dev" or "heldout" or "all"))
{
    await Console.Error.WriteLineAsync("usage: Bot.Evaluation score [dev|heldout|all] [--misses]");
    await Console.Error.WriteLineAsync("       Bot.Evaluation retrieval [dev|heldout] [--encoder arcticxs|minilm] [--fresh] [--degree N] [--threads N]");
    return 2;
}

foreach (var part in split == "all" ? new[] { "dev", "heldout" } : [split])
{
    var report = DevSetReport.Run(questions.Where(q => q.Split == part));
    Console.WriteLine(report.Format(part, misses));
}

return 0;

// The value after a flag, removed from the arguments with it; null when the flag is absent.
static string? Option(List<string> arguments, string flag)
{
    var at = arguments.IndexOf(flag);
    if (at < 0 || at + 1 >= arguments.Count)
    {
        return null;
    }

    var value = arguments[at + 1];
    arguments.RemoveRange(at, 2);
    return value;
}
