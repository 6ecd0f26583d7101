using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Bot.Benchmarks.Startup;

/// <summary>Time from process start to the first answer in the console chat, over several cold starts of the
/// built bot. Run after `dotnet build -c Release src/Bot.Host`.</summary>
internal static class StartupTimer
{
    private const int Runs = 10;
    private const string Question = "/who Zhao Lijian";

    public static int Run()
    {
        var dll = FindBot();
        if (dll is null)
        {
            Console.Error.WriteLine("Build the bot first: dotnet build -c Release src/Bot.Host");
            return 1;
        }

        Console.WriteLine($"Bot: {dll}");
        Measure(dll);
        var times = Enumerable.Range(0, Runs).Select(_ => Measure(dll)).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Process start to first console answer over {Runs} runs: median {times[Runs / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms"));
        return 0;
    }

    private static string? FindBot() =>
        new[] { "Release", "Debug" }
            .Select(c => Path.Combine(BenchmarkPaths.Root, "src", "Bot.Host", "bin", c, "net10.0", "articlebot.dll"))
            .FirstOrDefault(File.Exists);

    private static double Measure(string dll)
    {
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = BenchmarkPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine(Question);
        process.StandardInput.Flush();

        // The chat prints a prompt before reading and again after answering: the second prompt ends the first answer.
        var output = new StringBuilder();
        var prompts = 0;
        var buffer = new char[1];
        while (prompts < 2 && process.StandardOutput.Read(buffer, 0, 1) == 1)
        {
            output.Append(buffer[0]);
            if (output.Length >= 2 && output[^2] == '>' && output[^1] == ' ')
            {
                prompts++;
            }
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        process.StandardInput.Close();
        process.WaitForExit();
        return elapsed;
    }
}
