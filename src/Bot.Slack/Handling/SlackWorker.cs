using Bot.Adapters;
using Bot.Core.Answering;
using Bot.Slack.Api;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Handling;

/// <summary>Answers what was acknowledged: mentions in their thread, late slash command answers and shares on
/// response_url. One item at a time, in order, so a thread's answers arrive in the order they were asked.</summary>
internal sealed class SlackWorker(
    SlackWorkQueue queue,
    SlackAnswering answering,
    SlackApiClient api,
    IOptionsMonitor<SlackOptions> options,
    TimeProvider timeProvider,
    ILogger<SlackWorker> logger) : ReplyWorker<SlackWork>(queue, 1, logger)
{
    /// <summary>How long one answer may take before the asker is told so; keeps one stuck answer from blocking the queue.</summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);

    private const string Reaction = "eyes";

    protected override Task HandleAsync(SlackWork item, CancellationToken cancellationToken) => item switch
    {
        MentionWork mention => AnswerMentionAsync(mention, cancellationToken),
        PendingAnswerWork pending => PostPendingAsync(pending, cancellationToken),
        ShareWork share => ShareAsync(share, cancellationToken),
        NoticeWork notice => PostNoticeAsync(notice, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task AnswerMentionAsync(MentionWork work, CancellationToken cancellationToken)
    {
        var reaction = new ReactionRequest(work.Channel, work.Ts, Reaction);
        var reacted = options.CurrentValue.ReactWhileAnswering
            && (await api.AddReactionAsync(reaction, cancellationToken).ConfigureAwait(false)).Ok;
        try
        {
            var answer = await SlackAnswering.WithinAsync(
                answering.AnswerAsync(work.Request, cancellationToken), AnswerTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
            var message = AnswerRenderer.Render(answer, new RenderOptions());
            var posted = await api.PostMessageAsync(
                new PostMessageRequest(work.Channel, message.Text, message.Blocks, work.ThreadTs), cancellationToken).ConfigureAwait(false);
            if (!posted.Ok && posted.Error is not ("channel_not_found" or "not_in_channel" or "is_archived" or "invalid_auth"))
            {
                // The answer itself was refused (too long, bad blocks): the asker still gets a reason.
                var notice = AnswerRenderer.RenderNotice($"Sorry, Slack refused my answer ({posted.Error}).");
                await api.PostMessageAsync(new PostMessageRequest(work.Channel, notice.Text, notice.Blocks, work.ThreadTs), cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        finally
        {
            if (reacted)
                await api.RemoveReactionAsync(reaction, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PostPendingAsync(PendingAnswerWork work, CancellationToken cancellationToken)
    {
        var answer = await SlackAnswering.WithinAsync(work.Answer, AnswerTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
        var message = SlashCommandHandler.Render(answer, work.Options);
        await api.PostToResponseUrlAsync(work.ResponseUrl, message, cancellationToken).ConfigureAwait(false);
    }

    private async Task PostNoticeAsync(NoticeWork work, CancellationToken cancellationToken)
    {
        var notice = AnswerRenderer.RenderNotice(work.Text);
        await api.PostEphemeralAsync(new PostEphemeralRequest(work.Channel, work.User, notice.Text, notice.Blocks, work.ThreadTs), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task ShareAsync(ShareWork work, CancellationToken cancellationToken)
    {
        var answer = await SlackAnswering.WithinAsync(
            answering.AnswerAsync(new BotRequest(work.Share.Command, work.Share.Argument), cancellationToken),
            AnswerTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
        var rendered = AnswerRenderer.Render(answer, new RenderOptions(work.Share.Query, SharedBy: work.UserId));
        var message = new ResponseMessage("in_channel", rendered.Text, rendered.Blocks) { ReplaceOriginal = false };
        await api.PostToResponseUrlAsync(work.ResponseUrl, message, cancellationToken).ConfigureAwait(false);
    }
}
