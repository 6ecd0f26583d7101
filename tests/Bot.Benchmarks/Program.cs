using BenchmarkDotNet.Running;
using Bot.Benchmarks.Answering;

if (args.Length > 0 && args[0] == "percentiles")
{
    PercentileRunner.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
