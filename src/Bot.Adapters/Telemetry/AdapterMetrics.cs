using System.Diagnostics.Metrics;
using Bot.Core.Telemetry;

namespace Bot.Adapters.Telemetry;

/// <summary>The adapters' instruments on the bot's meter: inbound platform requests, signature failures, reply
/// queues, outbound API calls and their retries, and reconnects of the long-lived links. Tags are fixed strings
/// and cached boxes: the inbound endpoints take tens of thousands of requests a second.</summary>
internal sealed class AdapterMetrics
{
    private readonly Counter<long> requests;
    private readonly Counter<long> signatureFailures;
    private readonly Counter<long> outbound;
    private readonly Counter<long> retries;
    private readonly Counter<long> reconnects;
    private readonly IMeteredQueue[] queues;

    public AdapterMetrics(IMeterFactory meterFactory, IEnumerable<IMeteredQueue> queues)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        this.queues = [.. queues];
        var meter = meterFactory.Create(BotMeter.Name);
        requests = meter.CreateCounter<long>("articlebot.platform.requests", "{request}", "Inbound platform requests, by platform, endpoint and HTTP status.");
        signatureFailures = meter.CreateCounter<long>("articlebot.signature.failures", "{request}", "Inbound requests refused for their signature, by platform and reason.");
        outbound = meter.CreateCounter<long>("articlebot.outbound.requests", "{request}", "Calls to a platform's API (each attempt), by platform and HTTP status (0: no response).");
        retries = meter.CreateCounter<long>("articlebot.outbound.retries", "{retry}", "Outbound calls retried, by platform and reason (rate_limited, transient).");
        reconnects = meter.CreateCounter<long>("articlebot.reconnects", "{reconnect}", "Long-lived links (Discord gateway, Slack Socket Mode) established again after a drop.");
        meter.CreateObservableGauge("articlebot.queue.depth", ObserveDepth, "{item}", "Reply work queued or running, by queue.");
        meter.CreateObservableCounter("articlebot.queue.drops", ObserveDrops, "{item}", "Reply work refused because the queue was full, by queue.");
    }

    public void Request(string platform, string endpoint, int status) =>
        requests.Add(1,
            new KeyValuePair<string, object?>("platform", platform),
            new KeyValuePair<string, object?>("endpoint", endpoint),
            new KeyValuePair<string, object?>("status", StatusTag.Of(status)));

    public void SignatureFailure(string platform, string reason) =>
        signatureFailures.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("reason", reason));

    public void Outbound(string platform, int status) =>
        outbound.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("status", StatusTag.Of(status)));

    public void Retry(string platform, string reason) =>
        retries.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("reason", reason));

    public void Reconnect(string link) => reconnects.Add(1, new KeyValuePair<string, object?>("link", link));

    private IEnumerable<Measurement<int>> ObserveDepth() =>
        queues.Select(q => new Measurement<int>(q.Pending, new KeyValuePair<string, object?>("queue", q.Name)));

    private IEnumerable<Measurement<long>> ObserveDrops() =>
        queues.Select(q => new Measurement<long>(q.Dropped, new KeyValuePair<string, object?>("queue", q.Name)));
}
