using System.CommandLine;
using System.Text.Json;
using Bot.Host.Json;

namespace Bot.Host.Cli;

/// <summary>`facts [--json] [--article PATH]`: everything extracted from the article.</summary>
internal static class FactsCommand
{
    public static Command Create(Option<string?> article, string[] settings)
    {
        var json = BotCommandLine.JsonOption();
        var command = new Command("facts", "Print the facts extracted from the article") { json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var facts = CliArticle.TryLoad(parse.GetValue(article), settings, parse.InvocationConfiguration.Error);
            if (facts is null)
            {
                return ExitCodes.BadArticle;
            }

            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(FactsDocument.From(facts), HostJson.Context.FactsDocument));
            }
            else
            {
                FactsTextWriter.Write(facts, output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
