using Bot.Adapters;
using Bot.Adapters.RateLimiting;
using Bot.Core.Answering;
using Bot.Discord.Json;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>Answers interactions however they arrive (HTTP endpoint or gateway): commands, autocomplete, buttons.</summary>
internal sealed class InteractionHandler(
    IArticleAnswerer answerer,
    ICompleter completer,
    AnswerRenderer renderer,
    WorkQueue queue,
    DiscordRestClient rest,
    RateLimitGate limits,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    /// <summary>Discord drops an interaction not acknowledged in 3 s; past this budget the answer is deferred.</summary>
    internal static readonly TimeSpan InlineBudget = TimeSpan.FromSeconds(2);
    internal static readonly TimeSpan DeliveryTimeout = TimeSpan.FromMinutes(1);
    private const int Ephemeral = 1 << 6;

    private const string StillOverLimit = "You're still asking faster than I can answer. Please wait a little and ask again.";

    /// <summary>The response to send, or null for an interaction type this bot does not handle.</summary>
    public async Task<InteractionOutcome?> HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                return new InteractionOutcome(new InteractionResponse(CallbackType.Pong));
            case InteractionType.ApplicationCommand:
                Log.CommandReceived(logger, interaction.Data?.Name ?? "");
                if (await RefuseOverLimitAsync(interaction, cancellationToken).ConfigureAwait(false) is { } refused)
                    return refused;
                return await AnswerAsync(interaction, ToRequest(interaction.Data), null, cancellationToken).ConfigureAwait(false);
            case InteractionType.Autocomplete:
                return new InteractionOutcome(new InteractionResponse(CallbackType.AutocompleteResult, new InteractionCallbackData(Choices: Complete(interaction.Data))));
            case InteractionType.MessageComponent when interaction.Data?.CustomId == AnswerRenderer.SourcesButtonId:
                return await AnswerAsync(interaction, new BotRequest(CommandCatalog.Sources, ""), Ephemeral, cancellationToken).ConfigureAwait(false);
            case InteractionType.MessageComponent:
                return Message(Notice("That button is no longer available."), Ephemeral);
            default:
                return null;
        }
    }

    /// <summary>Null when the asker is within the limits; else an ephemeral notice, every time. Discord needs a
    /// response to each command, a deferral left open ends in "did not respond", and an ephemeral message reaches
    /// only the asker and costs no API call, so a repeated notice floods no one.</summary>
    private async Task<InteractionOutcome?> RefuseOverLimitAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var verdict = await limits.CheckAsync("discord", interaction.Member?.User?.Id ?? interaction.User?.Id, interaction.ChannelId, cancellationToken)
            .ConfigureAwait(false);
        if (verdict.Allowed)
            return null;
        return Message(Notice(verdict.Notice ?? StillOverLimit), Ephemeral);
    }

    /// <summary>A slash command read as the text "/name option values" and parsed as everywhere else, so
    /// <c>/who person:Zhao Lijian</c> is the same request as typing "/who Zhao Lijian".</summary>
    internal static BotRequest ToRequest(InteractionData? data)
    {
        var values = Flatten(data?.Options).Select(o => o.Text.Trim()).Where(t => t.Length > 0);
        return RequestParser.Parse($"/{(data?.Name ?? "").Trim()} {string.Join(' ', values)}");
    }

    private async Task<InteractionOutcome> AnswerAsync(Interaction interaction, BotRequest request, int? flags, CancellationToken cancellationToken)
    {
        var race = await AckDeadline.RaceAsync(() => AnswerSafelyAsync(request), InlineBudget, time, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var answering = race.Work;

        if (race.InTime)
        {
            var messages = renderer.Render(await answering.ConfigureAwait(false));
            var response = Message(messages[0], flags).Response;
            if (messages.Count == 1)
                return new InteractionOutcome(response);
            var delivered = NewSignal();
            return queue.TryEnqueue("followups", ct => FollowUpAsync(interaction, delivered.Task, messages.Skip(1), flags, ct))
                ? new InteractionOutcome(response, delivered)
                : new InteractionOutcome(response);
        }

        var signal = NewSignal();
        if (!queue.TryEnqueue("deferred answer", ct => CompleteDeferredAsync(interaction, signal.Task, answering, flags, ct)))
        {
            Log.QueueFull(logger, "deferred answer");
            return Message(Notice("The bot is busy right now. Please try again in a minute."), Ephemeral);
        }

        Log.AnswerDeferred(logger, request.Command);
        return new InteractionOutcome(new InteractionResponse(CallbackType.DeferredChannelMessage, flags is null ? null : new InteractionCallbackData(Flags: flags)), signal);
    }

    private async Task CompleteDeferredAsync(Interaction interaction, Task delivered, Task<Answer> answering, int? flags, CancellationToken cancellationToken)
    {
        await delivered.WaitAsync(DeliveryTimeout, time, cancellationToken).ConfigureAwait(false);
        var messages = renderer.Render(await answering.WaitAsync(cancellationToken).ConfigureAwait(false));
        await rest.EditOriginalResponseAsync(AppId(interaction), interaction.Token ?? "", messages[0].ToPayload(), cancellationToken).ConfigureAwait(false);
        await FollowUpAsync(interaction, Task.CompletedTask, messages.Skip(1), flags, cancellationToken).ConfigureAwait(false);
    }

    private async Task FollowUpAsync(Interaction interaction, Task delivered, IEnumerable<RenderedMessage> messages, int? flags, CancellationToken cancellationToken)
    {
        await delivered.WaitAsync(DeliveryTimeout, time, cancellationToken).ConfigureAwait(false);
        foreach (var message in messages)
            await rest.CreateFollowupAsync(AppId(interaction), interaction.Token ?? "", message.ToPayload(flags: flags), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The answer, or an apology when the core fails: a user never waits on silence.</summary>
    // Not tied to the HTTP request: a deferred answer outlives it.
    internal Task<Answer> AnswerSafelyAsync(BotRequest request) =>
        Apology.RunAsync(request.Command, ct => answerer.AnswerAsync(request, ct), logger, CancellationToken.None);

    private IReadOnlyList<AutocompleteChoice> Complete(InteractionData? data)
    {
        var focused = Flatten(data?.Options).FirstOrDefault(o => o.Focused == true);
        if (data?.Name is not { } command || focused is null)
            return [];
        try
        {
            return completer.Complete(command, focused.Name, focused.Text, DiscordLimits.AutocompleteChoices)
                .Where(s => !string.IsNullOrWhiteSpace(s))
                .Select(s => DiscordMarkdown.Truncate(s.Trim(), DiscordLimits.ChoiceText))
                .Distinct(StringComparer.Ordinal)
                .Take(DiscordLimits.AutocompleteChoices)
                .Select(s => new AutocompleteChoice(s, s))
                .ToList();
        }
#pragma warning disable CA1031 // An empty list is a fine autocomplete answer; a 500 is not.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.AnswerFailed(logger, command, ex);
            return [];
        }
    }

    private static IEnumerable<InteractionOption> Flatten(IReadOnlyList<InteractionOption>? options) =>
        (options ?? []).SelectMany(o => o.Options is { Count: > 0 } children ? Flatten(children) : [o]);

    private static string AppId(Interaction interaction) => interaction.ApplicationId ?? "";

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static RenderedMessage Notice(string text) => new([], null, DiscordMarkdown.Truncate(text, DiscordLimits.Content));

    private static InteractionOutcome Message(RenderedMessage message, int? flags) =>
        new(new InteractionResponse(CallbackType.ChannelMessage, message.ToCallbackData(flags)));
}
