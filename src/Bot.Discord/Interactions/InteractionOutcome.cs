using Bot.Discord.Json;

namespace Bot.Discord.Interactions;

/// <summary>
/// The initial response to an interaction, and, when more must follow (a deferred answer, extra messages),
/// the signal to complete once the response has reached Discord: editing a response Discord hasn't seen fails.
/// </summary>
internal sealed record InteractionOutcome(InteractionResponse Response, TaskCompletionSource? Delivered = null);
