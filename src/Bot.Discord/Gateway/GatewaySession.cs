namespace Bot.Discord.Gateway;

/// <summary>What a resume needs: the session, where to resume it and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }
    public string? ResumeUrl { get; private set; }
    public string? BotUserId { get; private set; }

    /// <summary>Read by the heartbeat loop while the reader writes it.</summary>
    public long? Sequence
    {
        get => Volatile.Read(ref _sequence) is var s && s >= 0 ? s : null;
        set => Volatile.Write(ref _sequence, value ?? -1);
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Start(string sessionId, string? resumeUrl, string botUserId)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
        BotUserId = botUserId;
    }

    /// <summary>Forgets the session (not the bot's id): the next connection identifies afresh.</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
