using Bot.Adapters.State;

namespace Bot.Slack.Handling;

/// <summary>Remembers events for longer than Slack's retry window: by event_id, and by (channel, ts) because Slack
/// has delivered one message under two event_ids. Kept in the shared state, so with several replicas behind one
/// URL a retry that lands on another replica is still a duplicate.</summary>
internal sealed class EventDeduplicator(ISharedState state)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromMinutes(15);

    /// <summary>Records the event; false when it (or the same message) was seen within the TTL.</summary>
    public async ValueTask<bool> TryRecordAsync(string? eventId, string? channel, string? ts, CancellationToken cancellationToken = default)
    {
        if (EventKey(eventId) is { } eventKey && !await state.TryClaimAsync(eventKey, Ttl, cancellationToken).ConfigureAwait(false))
            return false;
        return MessageKey(channel, ts) is not { } messageKey || await state.TryClaimAsync(messageKey, Ttl, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets an event that could not be handled, so Slack's retry of it is answered.</summary>
    public async ValueTask ForgetAsync(string? eventId, string? channel, string? ts, CancellationToken cancellationToken = default)
    {
        if (EventKey(eventId) is { } eventKey)
            await state.ReleaseAsync(eventKey, cancellationToken).ConfigureAwait(false);
        if (MessageKey(channel, ts) is { } messageKey)
            await state.ReleaseAsync(messageKey, cancellationToken).ConfigureAwait(false);
    }

    private static string? EventKey(string? eventId) => eventId is null ? null : "slack:event:" + eventId;

    private static string? MessageKey(string? channel, string? ts) => channel is null || ts is null ? null : "slack:message:" + channel + ":" + ts;
}
