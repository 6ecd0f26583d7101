using System.CommandLine;

namespace Bot.Host.Cli;

/// <summary>The command line: no command runs the bot; the others answer once and exit.</summary>
internal static class BotCommandLine
{
    public static RootCommand Create(string[] args)
    {
        var article = new Option<string?>("--article") { Description = "Article file to use instead of Article:Path", Recursive = true };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var root = new RootCommand("ArticleBot: answers questions about one news article, with citations.")
        {
            FactsCommand.Create(article, json),
            ChatCommand.Create(article, json),
            AskCommand.Create(article, json),
            SlackManifestCommand.Create(),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.Options.Add(article);
        root.SetAction((parse, cancellationToken) => RunCommand.RunAsync(args, parse.GetValue(article), cancellationToken));
        return root;
    }
}
