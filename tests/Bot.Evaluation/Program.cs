using Bot.Core.Answering.Semantic;
using Bot.Evaluation;
using Bot.Evaluation.Fitting;
using Bot.Semantic;

// dotnet run --project tests/Bot.Evaluation -- score [dev|heldout|all] [--misses] [--answerer ranked|lexical] [--encoder arcticxs|minilm|none]
// dotnet run --project tests/Bot.Evaluation -- fit [--encoder arcticxs|minilm|none]
// dotnet run --project tests/Bot.Evaluation -- compare [trees]
// dotnet run --project tests/Bot.Evaluation -- yesno [dev|heldout|all] [--misses]
// dotnet run --project tests/Bot.Evaluation -- explain "part of a dev question"
// dotnet run --project tests/Bot.Evaluation -- paraphrases [/usr/share/wordnet]   (needs Debian's wordnet-base)
// dotnet run --project tests/Bot.Evaluation -- retrieval [dev|heldout] [--encoder arcticxs|minilm] [--fresh] [--degree N] [--threads N]
const string Usage = """
    usage: Bot.Evaluation score [dev|heldout|all] [--misses] [--strict] [--answerer ranked|lexical] [--encoder arcticxs|minilm|none]
           Bot.Evaluation fit [--encoder arcticxs|minilm|none]
           Bot.Evaluation compare [trees] [--strict]
           Bot.Evaluation yesno [dev|heldout|all] [--misses]
           Bot.Evaluation explain "part of a dev question"
           Bot.Evaluation paraphrases [wordnet folder]
           Bot.Evaluation retrieval [dev|heldout] [--encoder arcticxs|minilm] [--fresh] [--degree N] [--threads N]
    """;

var arguments = args.ToList();
var misses = arguments.Remove("--misses");
var fresh = arguments.Remove("--fresh");

// --strict grades against the one cited sentence each question was written with, as before other sentences that
// answer as well were judged.
var strict = arguments.Remove("--strict");
var answerer = Option(arguments, "--answerer") ?? Bot.Core.Answering.Ranking.RankedQuestionAnswerer.Name;
var encoderName = Option(arguments, "--encoder") ?? SentenceEncoderOptions.ArcticXs;
var degree = int.TryParse(Option(arguments, "--degree"), out var d) && d > 0 ? d : Environment.ProcessorCount;
var threads = int.TryParse(Option(arguments, "--threads"), out var t) && t > 0 ? t : 1;
var command = arguments.ElementAtOrDefault(0) ?? "score";
var split = arguments.ElementAtOrDefault(1) ?? (command == "retrieval" ? "dev" : "all");
if (encoderName is not (SentenceEncoderOptions.ArcticXs or SentenceEncoderOptions.MiniLm or SentenceEncoderOptions.None))
{
    await Console.Error.WriteLineAsync(Usage);
    return 2;
}

var questions = strict ? [.. DevSet.Load().Select(q => q with { AlsoCite = null })] : DevSet.Load();
using var model = encoderName switch
{
    SentenceEncoderOptions.ArcticXs => (ISentenceEncoder)new ArcticXsEncoder(threads),
    SentenceEncoderOptions.MiniLm => new MiniLmEncoder(threads),
    _ => null,
} as IDisposable;
var cache = model is ISentenceEncoder encoder ? new VectorCache(encoder, readCache: !fresh) : null;
EvalVectors.Use(cache);

switch (command)
{
    case "score" when split is "dev" or "heldout" or "all" && AnswerRunner.Answerers.ContainsKey(answerer):
        foreach (var part in split == "all" ? new[] { "dev", "heldout" } : [split])
        {
            var report = DevSetReport.Run(questions.Where(q => q.Split == part), answerer);
            Console.WriteLine(report.Format($"{part} ({answerer}, encoder {encoderName})", misses));
        }

        return 0;
    case "fit":
        Console.WriteLine(Fit.Run(questions));
        return 0;
    case "tops":
        Console.WriteLine(LearnerComparison.Tops(TrainingSet.Build(questions.Where(q => !q.IsHeldOut))));
        return 0;
    case "compare":
        Console.WriteLine(LearnerComparison.Run(TrainingSet.Build(questions.Where(q => !q.IsHeldOut)), trees: split == "trees"));
        return 0;
    case "yesno":
        Console.WriteLine(YesNoEvaluation.Run(questions.Where(q => q.Split == split || split == "all"), misses));
        return 0;
    case "typing":
        Console.WriteLine(TypingEvaluation.Run(questions, misses));
        return 0;
    case "corrections":
        Console.WriteLine(CandidateExplanation.Corrections(questions.Where(q => !q.IsHeldOut)));
        return 0;
    case "explain" when arguments.Count > 1:
        Console.WriteLine(CandidateExplanation.Run(questions.Where(q => !q.IsHeldOut), arguments[1]));
        return 0;
    case "paraphrases":
        Console.WriteLine(Bot.Evaluation.Lexicon.WordNetParaphrases.Run(
            arguments.ElementAtOrDefault(1) ?? "/usr/share/wordnet",
            Path.Combine(EvalPaths.RepositoryRoot, "src", "Bot.Core", "Answering", "Paraphrases.tsv")));
        return 0;
    case "retrieval" when split is "dev" or "heldout" && cache is not null:
        Console.WriteLine(RetrievalEvaluation.Run([.. questions.Where(q => q.Split == split)], cache, degree).Format(split));
        return 0;
    default:
        await Console.Error.WriteLineAsync(Usage);
        return 2;
}

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
