namespace Bot.Adapters;

/// <summary>
/// Platforms drop a request not acknowledged in time (Discord's and Slack's 3 s). The work gets a budget inside
/// that deadline; when it runs over, the caller acknowledges at once and the work keeps running for a later reply.
/// </summary>
internal static class AckDeadline
{
    /// <summary>
    /// Starts <paramref name="work"/> and waits for it at most <paramref name="budget"/>. The work is never
    /// cancelled by the race: a deferred answer is still wanted. Cancelling the token ends the wait early as deferred.
    /// </summary>
    public static async Task<AckOutcome<T>> RaceAsync<T>(
        Func<Task<T>> work, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(time);
        // The timer starts before the work, so a fake clock advanced once the work is busy always fires.
        using var timerCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(budget, time, timerCancel.Token);
        var running = work();
        var first = await Task.WhenAny(running, timer).ConfigureAwait(false);
        await timerCancel.CancelAsync().ConfigureAwait(false);
        return new AckOutcome<T>(running, first == running);
    }
}
