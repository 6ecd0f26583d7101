using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Bot.Benchmarks.Startup;

/// <summary>Time from process start to the first answer in the console chat, over several cold starts of the
/// built bot (run after `dotnet build -c Release src/Bot.Host`) or of a published one given by its path. Arguments
/// after the path go to the bot, as settings (<c>--Answering:Encoder=none</c>).</summary>
internal static class StartupTimer
{
    private const int Runs = 10;
    private const string Question = "/who Zhao Lijian";

    public static int Run(IReadOnlyList<string> arguments)
    {
        var given = arguments.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var dll = given is null ? FindBot() : Path.GetFullPath(given);
        if (dll is null || !File.Exists(dll))
        {
            Console.Error.WriteLine(given is null
                ? "Build the bot first: dotnet build -c Release src/Bot.Host"
                : $"No bot at {dll}: give the path of a published articlebot.dll");
            return 1;
        }

        string[] settings = [.. arguments.Where(a => a != given)];
        Console.WriteLine($"Bot: {dll} {string.Join(' ', settings)}");
        Measure(dll, settings);
        var times = Enumerable.Range(0, Runs).Select(_ => Measure(dll, settings)).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Process start to first console answer over {Runs} runs: median {times[Runs / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms"));
        return 0;
    }

    private static string? FindBot() =>
        new[] { "Release", "Debug" }
            .Select(c => Path.Combine(BenchmarkPaths.Root, "src", "Bot.Host", "bin", c, "net10.0", "articlebot.dll"))
            .FirstOrDefault(File.Exists);

    private static double Measure(string dll, string[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [dll, .. settings])
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
