using System.CommandLine;
using System.CommandLine.Invocation;

namespace Bot.Host.Cli;

/// <summary>The command line: no command runs the bot; the others answer once and exit.</summary>
internal static class BotCommandLine
{
    public static Task<int> InvokeAsync(string[] args, InvocationConfiguration? invocation = null, CancellationToken cancellationToken = default)
    {
        var (commandArgs, settings) = SettingArguments.Split(args);

        // No response files: "@everyone who is Truss?" is a question, not a file to read arguments from.
        var parse = Create(settings).Parse(commandArgs, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Action is ParseErrorAction error)
        {
            // The error alone: a whole help page above it hides the one line that says what is wrong.
            error.ShowHelp = false;
        }

        // Running the bot, the host handles SIGTERM and Ctrl+C itself and drains within its own shutdown timeout; the
        // parser's handler would end the process with 143 after its own, mid-drain. The other commands (a chat on
        // standard input) stop on the parser's token and exit 0, instead of being killed by the signal.
        invocation ??= new InvocationConfiguration();
        invocation.ProcessTerminationTimeout = parse.CommandResult.Command is RootCommand ? null : OneShotTerminationTimeout;

        return parse.InvokeAsync(invocation, cancellationToken);
    }

    private static readonly TimeSpan OneShotTerminationTimeout = TimeSpan.FromSeconds(2);

    private static RootCommand Create(string[] settings)
    {
        // Recursive, so every command accepts it and lists it once.
        var article = new Option<string?>("--article") { Description = "Article file to use instead of Article:Path", Recursive = true, HelpName = "path" };
        var root = new RootCommand("ArticleBot: answers questions about one news article, with citations. "
            + "Settings can be given as --Section:Key=value (for example --Article:Path=article.txt); see README.md.")
        {
            FactsCommand.Create(article, settings),
            ChatCommand.Create(article, settings),
            AskCommand.Create(article, settings),
            SlackManifestCommand.Create(),
        };
        root.Options.Add(article);
        root.SetAction((parse, cancellationToken) =>
            RunCommand.RunAsync(settings, parse.GetValue(article), parse.InvocationConfiguration.Error, cancellationToken));
        return root;
    }

    public static Option<bool> JsonOption() => new("--json") { Description = "Print JSON instead of text" };
}
