using Bot.Adapters.Readiness;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Api;

/// <summary>Runs auth.test before the host starts serving, so the bot knows its own user id from the first event.
/// A failure is logged with Slack's error code and the bot keeps running (mentions then strip any leading mention).</summary>
internal sealed class SlackIdentityService(SlackApiClient api, SlackBotIdentity identity, AdapterReadiness readiness, ILogger<SlackIdentityService> logger)
    : IHostedService
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var result = await api.AuthTestAsync(timeout.Token).ConfigureAwait(false);
            if (result.Ok)
            {
                identity.Set(result.UserId, result.BotId);
                readiness.Link(AdapterLinks.SlackApi).Up();
                Log.AuthTestSucceeded(logger, result.UserId ?? "?");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.AuthTestFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
