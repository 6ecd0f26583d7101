using Bot.Adapters.Telemetry;

namespace Bot.Adapters.Readiness;

/// <summary>The links every configured adapter must have up for the host to be ready (/readyz). Each adapter
/// registers its expectations when it is added and reports its link's state through <see cref="Link"/>.</summary>
internal sealed class AdapterReadiness
{
    private readonly Dictionary<string, AdapterLink> links;

    public AdapterReadiness(IEnumerable<ReadinessExpectation> expectations, AdapterMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        links = new Dictionary<string, AdapterLink>(StringComparer.Ordinal);
        foreach (var expected in expectations)
            links.TryAdd(expected.Name, new AdapterLink(expected.Name, expected.WaitingFor, expected.ReadyAtStart, metrics));
    }

    public IReadOnlyCollection<AdapterLink> Links => links.Values;

    /// <summary>The named link; one nobody registered is a detached link (counted, never waited for), so a
    /// service that runs without its expectation, as in a unit test, still works.</summary>
    public AdapterLink Link(string name) =>
        links.TryGetValue(name, out var link) ? link : new AdapterLink(name, "not expected", ready: false, metrics: null);
}
