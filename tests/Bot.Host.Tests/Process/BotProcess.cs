using System.Diagnostics;
using System.Text;

namespace Bot.Host.Tests.Process;

/// <summary>Runs the built bot (articlebot.dll beside the tests) as a real process from the repository root,
/// with no chat credentials unless a test passes some.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private BotProcess(System.Diagnostics.Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    public static BotProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "articlebot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Discord__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("Slack__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        // Answers must not change when the sentence vectors land mid-run; a test that wants them sets the encoder.
        start.Environment["Answering__Encoder"] = "none";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return new BotProcess(System.Diagnostics.Process.Start(start)!);
    }

    /// <summary>Runs to completion with the given standard input.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        await using var bot = Start(null, args);
        await bot.process.StandardInput.WriteAsync(input);
        bot.process.StandardInput.Close();
        var exit = await bot.WaitForExitAsync();
        return (exit, bot.Output, bot.Error);
    }

    /// <summary>The process id, for sending it a signal.</summary>
    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public StreamWriter Input => process.StandardInput;

    public Task<int> WaitForExitAsync() => WaitForExitAsync(TimeSpan.FromSeconds(60));

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }
    }
}
