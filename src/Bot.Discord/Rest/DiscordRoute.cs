namespace Bot.Discord.Rest;

/// <summary>A request path reduced to its rate-limit route ("POST channels/123/messages") and a token-free template for logs.</summary>
internal readonly record struct DiscordRoute(string Key, string Template, bool IsInteraction)
{
    private static readonly string[] MajorResources = ["channels", "guilds", "webhooks"];

    public static DiscordRoute From(HttpMethod method, Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(requestUri);
        var path = requestUri.IsAbsoluteUri ? requestUri.AbsolutePath : requestUri.OriginalString.Split('?')[0];
        var segments = WithoutApiPrefix(path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var key = new string[segments.Length];
        var template = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : "";
            var isId = segments[i].All(char.IsAsciiDigit);
            // Webhook and interaction tokens sit right after the id; they are secrets and never reach a log.
            var isToken = i >= 2 && (segments[i - 2] is "webhooks" or "interactions") && !isId;
            var isMajor = isId && MajorResources.Contains(previous, StringComparer.Ordinal);
            template[i] = isToken ? ":token" : isId ? ":id" : segments[i];
            key[i] = isMajor || (isToken && segments[i - 2] == "webhooks") ? segments[i] : template[i];
        }

        var isInteraction = segments.Length > 0 && segments[0] is "interactions" or "webhooks";
        return new DiscordRoute($"{method.Method} {string.Join('/', key)}", $"{method.Method} {string.Join('/', template)}", isInteraction);
    }

    // The base URL ends in the API version (".../api/v10"); what follows it is the route.
    private static string[] WithoutApiPrefix(string[] segments)
    {
        var version = Array.FindIndex(segments, s => s.Length >= 2 && s[0] == 'v' && s[1..].All(char.IsAsciiDigit));
        return version >= 0 && version < 3 ? segments[(version + 1)..] : segments;
    }
}
