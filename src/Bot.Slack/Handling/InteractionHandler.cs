using System.Text.Json;
using Bot.Adapters.State;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Handling;

/// <summary>Button clicks: "Share in channel" queues the same request to be answered again in the channel. The
/// request travels in the button's value, so any replica can answer it; the click is claimed in the shared state
/// so it is shared once.</summary>
internal sealed class InteractionHandler(SlackWorkQueue queue, ISharedState state, ILogger<InteractionHandler> logger)
{
    private static readonly TimeSpan ClickTtl = TimeSpan.FromMinutes(15);

    /// <summary>False when the payload is not one this app understands.</summary>
    public async ValueTask<bool> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken = default)
    {
        if (!string.Equals(payload.Type, "block_actions", StringComparison.Ordinal))
            return payload.Type is not null;

        var action = payload.Actions?.FirstOrDefault(a => string.Equals(a.ActionId, AnswerRenderer.ShareActionId, StringComparison.Ordinal));
        if (action?.Value is null || string.IsNullOrWhiteSpace(payload.ResponseUrl))
            return payload.Actions is { Count: > 0 };

        ShareValue? share;
        try
        {
            share = JsonSerializer.Deserialize(action.Value, SlackJsonContext.Default.ShareValue);
        }
        catch (JsonException)
        {
            share = null;
        }

        if (share is null)
            return false;
        var click = payload.TriggerId ?? action.ActionTs;
        if (click is not null && !await state.TryClaimAsync("slack:share:" + click, ClickTtl, cancellationToken).ConfigureAwait(false))
            return true;
        if (!queue.TryEnqueue(new ShareWork(share, payload.ResponseUrl, payload.User?.Id)))
            Log.QueueFull(logger);
        return true;
    }
}
