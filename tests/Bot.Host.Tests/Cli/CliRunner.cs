using System.CommandLine;
using Bot.Host.Cli;

namespace Bot.Host.Tests.Cli;

/// <summary>Runs the real command line in-process with captured output.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var exit = await BotCommandLine.InvokeAsync(args, configuration);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
