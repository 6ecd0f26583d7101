using System.CommandLine;
using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Facts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Host.Cli;

/// <summary>`ask "question" [--json] [--article PATH]`: answers one question (or slash command) and exits.</summary>
internal static class AskCommand
{
    public static Command Create(Option<string?> article, string[] settings)
    {
        var json = BotCommandLine.JsonOption();
        var question = new Argument<string>("question") { Description = "A question, or a slash command such as \"/who Zhao Lijian\"" };
        var command = new Command("ask", "Answer one question about the article") { question, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var facts = CliArticle.TryLoad(parse.GetValue(article), settings, parse.InvocationConfiguration.Error);
            if (facts is null)
            {
                return ExitCodes.BadArticle;
            }

            var answerer = new CommandRouter(new FactStore(facts), new RankedQuestionAnswerer(), NullLogger<CommandRouter>.Instance);
            var answer = await answerer.AnswerAsync(RequestParser.Parse(parse.GetValue(question)), cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                parse.GetValue(json) ? ChatCommand.ToJsonLine(answer) : PlainTextRenderer.Render(answer)).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
