namespace Bot.Adapters.State;

/// <summary>The little state that replicas must agree on: "has anyone handled this yet" and "how many in this
/// window". Memory for one process, Redis for several; keys are given without the prefix.</summary>
internal interface ISharedState
{
    /// <summary>True when every replica sees the same state (Redis), so limits may be counted here.</summary>
    bool IsShared { get; }

    /// <summary>Claims <paramref name="key"/> for <paramref name="ttl"/> (SET NX PX): true only for the first caller
    /// while the claim lives, in this process or any other.</summary>
    ValueTask<bool> TryClaimAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default);

    /// <summary>Drops a claim, so work that failed can be claimed (and done) again.</summary>
    ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Adds one to the counter <paramref name="key"/> and returns its new value; the counter disappears
    /// <paramref name="window"/> after its first increment (INCR, then PEXPIRE on the first).</summary>
    ValueTask<long> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);
}
