namespace Bot.Slack.Handling;

/// <summary>Remembers events for longer than Slack's retry window: by event_id, and by (channel, ts) because Slack
/// has delivered one message under two event_ids.</summary>
internal sealed class EventDeduplicator(TimeProvider timeProvider)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromMinutes(15);

    private const int MaxEntries = 20_000;

    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Records the event; false when it (or the same message) was seen within the TTL.</summary>
    public bool TryRecord(string? eventId, string? channel, string? ts)
    {
        var now = timeProvider.GetUtcNow();
        var messageKey = channel is null || ts is null ? null : "m:" + channel + ":" + ts;
        var eventKey = eventId is null ? null : "e:" + eventId;
        lock (gate)
        {
            Prune(now);
            if ((eventKey is not null && seen.ContainsKey(eventKey)) || (messageKey is not null && seen.ContainsKey(messageKey)))
                return false;
            if (eventKey is not null)
                seen[eventKey] = now + Ttl;
            if (messageKey is not null)
                seen[messageKey] = now + Ttl;
            return true;
        }
    }

    /// <summary>Forgets an event that could not be handled, so Slack's retry of it is answered.</summary>
    public void Forget(string? eventId, string? channel, string? ts)
    {
        lock (gate)
        {
            if (eventId is not null)
                seen.Remove("e:" + eventId);
            if (channel is not null && ts is not null)
                seen.Remove("m:" + channel + ":" + ts);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (seen.Count < MaxEntries / 2)
        {
            foreach (var key in seen.Where(p => p.Value <= now).Select(p => p.Key).Take(64).ToList())
                seen.Remove(key);
            return;
        }

        foreach (var key in seen.Where(p => p.Value <= now).Select(p => p.Key).ToList())
            seen.Remove(key);
        // Still full of live entries: drop the oldest rather than grow without bound.
        if (seen.Count >= MaxEntries)
            foreach (var key in seen.OrderBy(p => p.Value).Take(seen.Count - (MaxEntries / 2)).Select(p => p.Key).ToList())
                seen.Remove(key);
    }
}
