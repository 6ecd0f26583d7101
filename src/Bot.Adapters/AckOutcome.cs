namespace Bot.Adapters;

/// <summary>
/// How a race against an acknowledgement deadline ended: <see cref="InTime"/> with the work finished, or deferred
/// with <see cref="Work"/> still running, for the caller to acknowledge now and deliver later.
/// </summary>
internal sealed record AckOutcome<T>(Task<T> Work, bool InTime)
{
    public bool Deferred => !InTime;
}
