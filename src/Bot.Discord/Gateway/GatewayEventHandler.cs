using System.Text.Json;
using Bot.Adapters.RateLimiting;
using Bot.Adapters.State;
using Bot.Core.Answering;
using Bot.Discord.Interactions;
using Bot.Discord.Json;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>Handles the dispatch events the bot cares about; runs on the worker, never on the socket reader.</summary>
internal sealed class GatewayEventHandler(
    AnswerRenderer renderer,
    InteractionHandler interactions,
    DiscordRestClient rest,
    ISharedState state,
    RateLimitGate limits,
    ILogger<GatewayEventHandler> logger)
{
    /// <summary>An interaction token lives 15 minutes; no duplicate can be answered after that anyway.</summary>
    private static readonly TimeSpan ClaimTtl = TimeSpan.FromMinutes(15);

    public Task HandleAsync(string type, JsonElement data, string? botUserId, CancellationToken cancellationToken = default) => type switch
    {
        "MESSAGE_CREATE" when botUserId is not null => OnMessageAsync(data.Deserialize(DiscordJsonContext.Default.DiscordMessage), botUserId, cancellationToken),
        "INTERACTION_CREATE" => OnInteractionAsync(data.Deserialize(DiscordJsonContext.Default.Interaction), cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task OnMessageAsync(DiscordMessage? message, string botUserId, CancellationToken cancellationToken)
    {
        // In a guild only a mention addresses the bot; in a direct message every message does.
        if (message?.Author is not { } author || author.Bot == true || author.Id == botUserId || message.WebhookId is not null
            || (message.GuildId is not null && !MentionText.MentionsBot(message, botUserId)))
            return;
        // Two processes on one shard (a rolling deploy) both receive the message: the first to claim it answers.
        if (!await state.TryClaimAsync("discord:message:" + message.Id, ClaimTtl, cancellationToken).ConfigureAwait(false))
            return;
        var request = MentionText.ToRequest(message.Content ?? "", botUserId);
        Log.MentionReceived(logger, request.Command);
        var verdict = await limits.CheckAsync("discord", author.Id, message.ChannelId, cancellationToken).ConfigureAwait(false);
        if (!verdict.Allowed)
        {
            if (verdict.Notice is not null)
            {
                var notice = new RenderedMessage([], null, DiscordMarkdown.Truncate(verdict.Notice, DiscordLimits.Content));
                await rest.CreateMessageAsync(message.ChannelId, notice.ToPayload(new MessageReference(message.Id)), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var answer = await interactions.AnswerSafelyAsync(request).ConfigureAwait(false);
        var messages = renderer.Render(answer);
        for (var i = 0; i < messages.Count; i++)
        {
            var reply = i == 0 ? new MessageReference(message.Id) : null;
            await rest.CreateMessageAsync(message.ChannelId, messages[i].ToPayload(reply), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnInteractionAsync(Interaction? interaction, CancellationToken cancellationToken)
    {
        if (interaction?.Id is not { } id || interaction.Token is not { } token)
            return;
        if (!await state.TryClaimAsync("discord:interaction:" + id, ClaimTtl, cancellationToken).ConfigureAwait(false))
            return;
        var outcome = await interactions.HandleAsync(interaction, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
            return;
        try
        {
            await rest.CreateInteractionResponseAsync(id, token, outcome.Response, cancellationToken).ConfigureAwait(false);
            outcome.Delivered?.TrySetResult();
        }
        finally
        {
            outcome.Delivered?.TrySetCanceled(CancellationToken.None);
        }
    }
}
