using System.CommandLine;
using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Facts;
using Bot.Host.Chat;
using Bot.Host.Json;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Host.Cli;

/// <summary>`chat [--json] [--article PATH]`: one message per line on standard input, one answer per message.</summary>
internal static class ChatCommand
{
    public static Command Create(Option<string?> article, string[] settings)
    {
        var json = BotCommandLine.JsonOption();
        var command = new Command("chat", "Answer one message per line from standard input (slash commands or questions)") { json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var facts = CliArticle.TryLoad(parse.GetValue(article), settings, parse.InvocationConfiguration.Error);
            if (facts is null)
            {
                return ExitCodes.BadArticle;
            }

            var answerer = new CommandRouter(new FactStore(facts), new RankedQuestionAnswerer(), NullLogger<CommandRouter>.Instance);
            Func<Answer, string> format = parse.GetValue(json) ? ToJsonLine : a => PlainTextRenderer.Render(a).TrimEnd() + Environment.NewLine;
            await ChatLoop.RunAsync(Console.In, parse.InvocationConfiguration.Output, answerer, format, prompt: null, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static string ToJsonLine(Answer answer) =>
        JsonSerializer.Serialize(AnswerDocument.From(answer), HostJson.Context.AnswerDocument);
}
