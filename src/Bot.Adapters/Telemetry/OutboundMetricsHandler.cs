namespace Bot.Adapters.Telemetry;

/// <summary>Counts each attempt of a platform API call by its status; placed innermost, so a retried call counts
/// once per attempt and a 429 shows up even when a retry later succeeds.</summary>
internal sealed class OutboundMetricsHandler(AdapterMetrics metrics, string platform) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            metrics.Outbound(platform, (int)response.StatusCode);
            return response;
        }
        catch (HttpRequestException)
        {
            metrics.Outbound(platform, 0);
            throw;
        }
    }
}
