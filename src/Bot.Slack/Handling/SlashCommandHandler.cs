using Bot.Adapters;
using Bot.Adapters.RateLimiting;
using Bot.Core.Answering;
using Bot.Slack.Api;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Handling;

/// <summary>Answers "/article ..." the same way over HTTP and Socket Mode: inline when the core is quick,
/// otherwise an empty acknowledgement now and the answer on response_url later.</summary>
internal sealed class SlashCommandHandler(
    SlackAnswering answering,
    SlackWorkQueue queue,
    SlackBotIdentity identity,
    RateLimitGate limits,
    IOptionsMonitor<SlackOptions> options,
    TimeProvider timeProvider,
    ILogger<SlashCommandHandler> logger)
{
    /// <summary>Slack waits 3 s; this leaves room for the network.</summary>
    public static readonly TimeSpan InlineBudget = TimeSpan.FromSeconds(2);

    public async Task<SlashCommandResult> HandleAsync(SlashCommandPayload command, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(command.Command))
            return SlashCommandResult.Refuse("Malformed slash command: the command field is missing.");
        var configured = options.CurrentValue.Command;
        if (!string.Equals(command.Command, configured, StringComparison.OrdinalIgnoreCase))
        {
            Log.UnknownCommand(logger, command.Command.Length > 40 ? command.Command[..40] : command.Command);
            return SlashCommandResult.Refuse($"Unknown command; this app answers {configured} only.");
        }

        var verdict = await limits.CheckAsync("slack", command.UserId, command.ChannelId, cancellationToken).ConfigureAwait(false);
        if (!verdict.Allowed)
            return new SlashCommandResult(verdict.Notice is null ? null : Notice(verdict.Notice));

        var plain = SlackText.ToPlain(command.Text, identity.UserId);
        var request = SlackRequest.Parse(command.Text, identity.UserId);
        var restated = plain.Length == 0 ? configured : configured + " " + plain;
        var renderOptions = new RenderOptions(restated, new ShareValue(request.Command, request.Argument, restated));

        var race = await AckDeadline.RaceAsync(
            () => answering.AnswerAsync(request, CancellationToken.None), InlineBudget, timeProvider, cancellationToken).ConfigureAwait(false);
        var answer = race.Work;
        if (race.InTime || string.IsNullOrWhiteSpace(command.ResponseUrl))
            return new SlashCommandResult(Render(await answer.ConfigureAwait(false), renderOptions));

        if (queue.TryEnqueue(new PendingAnswerWork(answer, command.ResponseUrl, renderOptions)))
        {
            Log.AnswerDeferred(logger);
            return new SlashCommandResult(null);
        }

        Log.QueueFull(logger);
        return new SlashCommandResult(Notice("I'm busy answering other questions; please try again in a minute."));
    }

    public static ResponseMessage Render(Answer answer, RenderOptions renderOptions)
    {
        // Errors and "the article doesn't say" are for the asker only: no share button.
        var options = AnswerRenderer.IsError(answer) || !answer.Found ? renderOptions with { Share = null } : renderOptions;
        var message = AnswerRenderer.Render(answer, options);
        return new ResponseMessage("ephemeral", message.Text, message.Blocks);
    }

    public static ResponseMessage Notice(string text)
    {
        var message = AnswerRenderer.RenderNotice(text);
        return new ResponseMessage("ephemeral", message.Text, message.Blocks);
    }
}
