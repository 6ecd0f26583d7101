using System.Text.Json;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Handling;

/// <summary>Button clicks: "Share in channel" queues the same request to be answered again in the channel.</summary>
internal sealed class InteractionHandler(SlackWorkQueue queue, ILogger<InteractionHandler> logger)
{
    /// <summary>False when the payload is not one this app understands.</summary>
    public bool Handle(InteractionPayload payload)
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
        if (!queue.TryEnqueue(new ShareWork(share, payload.ResponseUrl, payload.User?.Id)))
            Log.QueueFull(logger);
        return true;
    }
}
