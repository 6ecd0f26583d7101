using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Api;

/// <summary>The few Web API methods the bot calls. The HttpClient comes from IHttpClientFactory per call
/// (this client is a singleton) and carries the resilience handler that honours 429 Retry-After.</summary>
internal sealed class SlackApiClient(
    IHttpClientFactory httpClientFactory, IOptionsMonitor<SlackOptions> options, ILogger<SlackApiClient> logger)
{
    public const string HttpClientName = "Slack";

    private static readonly MediaTypeHeaderValue JsonType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public Task<ApiResponse> AuthTestAsync(CancellationToken cancellationToken = default) =>
        CallAsync("auth.test", null, options.CurrentValue.BotToken, cancellationToken);

    /// <summary>apps.connections.open takes the app-level token in the Authorization header, never as a parameter.</summary>
    public Task<ApiResponse> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        CallAsync("apps.connections.open", null, options.CurrentValue.AppToken, cancellationToken);

    public Task<ApiResponse> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("chat.postMessage", Serialize(request, SlackJsonContext.Default.PostMessageRequest), options.CurrentValue.BotToken, cancellationToken);

    public Task<ApiResponse> PostEphemeralAsync(PostEphemeralRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("chat.postEphemeral", Serialize(request, SlackJsonContext.Default.PostEphemeralRequest), options.CurrentValue.BotToken, cancellationToken);

    public Task<ApiResponse> AddReactionAsync(ReactionRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("reactions.add", Serialize(request, SlackJsonContext.Default.ReactionRequest), options.CurrentValue.BotToken, cancellationToken);

    public Task<ApiResponse> RemoveReactionAsync(ReactionRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("reactions.remove", Serialize(request, SlackJsonContext.Default.ReactionRequest), options.CurrentValue.BotToken, cancellationToken);

    /// <summary>Posts to a slash command's or a button's response_url; no token goes with it.</summary>
    public async Task<bool> PostToResponseUrlAsync(string responseUrl, ResponseMessage message, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            Log.InvalidResponseUrl(logger);
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent(Serialize(message, SlackJsonContext.Default.ResponseMessage)),
        };
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            Log.ResponseUrlFailed(logger, (int)response.StatusCode);
        return response.IsSuccessStatusCode;
    }

    private async Task<ApiResponse> CallAsync(string method, byte[]? body, string? token, CancellationToken cancellationToken)
    {
        var baseUrl = options.CurrentValue.ApiBaseUrl;
        var uri = new Uri(baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/"), method);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = body is null ? null : JsonContent(body),
        };
        if (!string.IsNullOrEmpty(token))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            Log.ApiHttpError(logger, method, (int)response.StatusCode);
            return new ApiResponse(false, "http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        ApiResponse? result;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            result = await JsonSerializer.DeserializeAsync(stream, SlackJsonContext.Default.ApiResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            result = null;
        }

        result ??= new ApiResponse(false, "invalid_response");
        if (!result.Ok)
            Log.ApiError(logger, method, result.Error ?? "unknown_error");
        return result;
    }

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private static ByteArrayContent JsonContent(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonType;
        return content;
    }
}
