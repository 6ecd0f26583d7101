using BenchmarkDotNet.Running;
using Bot.Benchmarks.Answering;
using Bot.Benchmarks.Startup;

// "percentiles": median and p99 per answer against Lucene; "startup [articlebot.dll] [--Setting=value]": process start to
// first console answer;
// anything else goes to BenchmarkDotNet (e.g. --filter '*').
switch (args.FirstOrDefault())
{
    case "percentiles":
        PercentileRunner.Run(Console.Out);
        return 0;
    case "startup":
        return StartupTimer.Run(args[1..]);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
