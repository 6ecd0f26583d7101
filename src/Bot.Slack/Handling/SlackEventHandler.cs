using Bot.Adapters.RateLimiting;
using Bot.Slack.Api;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Handling;

/// <summary>Turns an event_callback into queued work, once per event, ignoring the bot itself and other bots.
/// Called while Slack waits for the acknowledgement, so it only decides and enqueues.</summary>
internal sealed class SlackEventHandler(
    SlackWorkQueue queue,
    EventDeduplicator deduplicator,
    RateLimitGate limits,
    SlackBotIdentity identity,
    SlackApiClient api,
    ILogger<SlackEventHandler> logger)
{
    private static readonly TimeSpan BusyReplyTimeout = TimeSpan.FromSeconds(2);

    public async Task<EventOutcome> HandleAsync(EventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        if (!string.Equals(envelope.Type, "event_callback", StringComparison.Ordinal))
            return envelope.Type is null ? EventOutcome.Malformed : EventOutcome.Ignored;
        if (envelope.Event is not { } evt || evt.Type is null)
            return EventOutcome.Malformed;
        if (!string.Equals(evt.Type, "app_mention", StringComparison.Ordinal))
            return EventOutcome.Ignored;
        if (IsFromBot(evt))
        {
            Log.IgnoredBotMessage(logger);
            return EventOutcome.Ignored;
        }

        if (evt.Channel is null || evt.Ts is null)
            return EventOutcome.Malformed;
        if (!await deduplicator.TryRecordAsync(envelope.EventId, evt.Channel, evt.Ts, cancellationToken).ConfigureAwait(false))
        {
            Log.DuplicateEvent(logger, envelope.EventId ?? "?");
            return EventOutcome.Duplicate;
        }

        var verdict = await limits.CheckAsync("slack", evt.User, evt.Channel, cancellationToken).ConfigureAwait(false);
        if (!verdict.Allowed)
        {
            // Over the limit: the first refusal in a window is told, privately; the rest are acknowledged only.
            if (verdict.Notice is not null && evt.User is not null)
                queue.TryEnqueue(new NoticeWork(evt.Channel, evt.User, verdict.Notice, evt.ThreadTs));
            return EventOutcome.Accepted;
        }

        var request = SlackRequest.Parse(evt.Text, identity.UserId);
        var threadTs = evt.ThreadTs ?? evt.Ts;
        if (queue.TryEnqueue(new MentionWork(evt.Channel, evt.Ts, threadTs, request)))
            return EventOutcome.Accepted;

        // A mention always gets an answer or a reason: say we are busy rather than stay silent.
        Log.QueueFull(logger);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(BusyReplyTimeout);
        var notice = AnswerRenderer.RenderNotice("I'm busy answering other questions; please ask again in a minute.");
        try
        {
            await api.PostMessageAsync(new PostMessageRequest(evt.Channel, notice.Text, notice.Blocks, threadTs), timeout.Token)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            Log.WorkFailed(logger, "busy-notice", ex);
        }

        return EventOutcome.Accepted;
    }

    private bool IsFromBot(SlackEvent evt) =>
        evt.BotId is not null
        || string.Equals(evt.Subtype, "bot_message", StringComparison.Ordinal)
        || (identity.UserId is not null && string.Equals(evt.User, identity.UserId, StringComparison.Ordinal));
}
