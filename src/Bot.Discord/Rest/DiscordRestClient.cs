using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Discord.Json;

namespace Bot.Discord.Rest;

/// <summary>The few Discord REST calls the bot makes; auth, user agent and rate limits are set up in DI.</summary>
internal sealed class DiscordRestClient(HttpClient http)
{
    public Task<GatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        GetAsync("gateway/bot", DiscordJsonContext.Default.GatewayBot, cancellationToken);

    public Task<List<ApplicationCommand>> GetCommandsAsync(string applicationId, string? guildId, CancellationToken cancellationToken = default) =>
        GetAsync(CommandsPath(applicationId, guildId), DiscordJsonContext.Default.ListApplicationCommand, cancellationToken);

    public Task PutCommandsAsync(string applicationId, string? guildId, List<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, CommandsPath(applicationId, guildId), Json(commands, DiscordJsonContext.Default.ListApplicationCommand), cancellationToken);

    public Task CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"channels/{Escape(channelId)}/messages", Json(message, DiscordJsonContext.Default.MessagePayload), cancellationToken);

    public Task EditOriginalResponseAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{Escape(applicationId)}/{Escape(token)}/messages/@original", Json(message, DiscordJsonContext.Default.MessagePayload), cancellationToken);

    public Task CreateFollowupAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"webhooks/{Escape(applicationId)}/{Escape(token)}", Json(message, DiscordJsonContext.Default.MessagePayload), cancellationToken);

    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"interactions/{Escape(interactionId)}/{Escape(token)}/callback",
            Json(response, DiscordJsonContext.Default.InteractionResponse), cancellationToken);

    private static string CommandsPath(string applicationId, string? guildId) =>
        string.IsNullOrEmpty(guildId)
            ? $"applications/{Escape(applicationId)}/commands"
            : $"applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands";

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    // Bytes, not a streaming JsonContent: a request retried after a 429 sends the same body again.
    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> type)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private async Task<T> GetAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(HttpMethod.Get, path, response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
            ?? throw new DiscordRestException(Template(HttpMethod.Get, path), response.StatusCode, "empty body");
    }

    private async Task SendAsync(HttpMethod method, string path, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(method, path, response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task EnsureSuccessAsync(HttpMethod method, string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var detail = body.Length > 300 ? body[..300] : body;
        throw new DiscordRestException(Template(method, path), response.StatusCode, detail, response.Headers.RetryAfter?.Delta);
    }

    private static string Template(HttpMethod method, string path) =>
        DiscordRoute.From(method, new Uri(path, UriKind.Relative)).Template;
}
