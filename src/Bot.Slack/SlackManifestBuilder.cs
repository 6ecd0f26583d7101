using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bot.Core.Answering;

namespace Bot.Slack;

/// <summary>Builds the Slack app manifest (JSON) from the core's command catalogue: create the app from it,
/// then copy the bot token (and the app token or signing secret) into configuration.</summary>
public static class SlackManifestBuilder
{
    public static readonly IReadOnlyList<string> BotScopes = ["app_mentions:read", "chat:write", "commands", "reactions:write"];

    /// <param name="requestUrl">The public base URL of the bot (HTTP mode); null for Socket Mode.</param>
    /// <param name="command">The one slash command that carries the subcommands.</param>
    public static string Build(string? requestUrl, string command = "/article")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        if (!command.StartsWith('/'))
            command = "/" + command;
        var baseUrl = NormalizeBase(requestUrl);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            // People paste this into Slack's editor: the usage hint's <person> must read as written, not \u003C.
            // The manifest is never embedded in HTML, so the relaxed escaping is safe here.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteStartObject("display_information");
            json.WriteString("name", "ArticleBot");
            json.WriteString("description", "Answers questions about one news article, citing the exact sentences.");
            json.WriteEndObject();

            json.WriteStartObject("features");
            json.WriteStartObject("bot_user");
            json.WriteString("display_name", "ArticleBot");
            json.WriteBoolean("always_online", true);
            json.WriteEndObject();
            json.WriteStartArray("slash_commands");
            json.WriteStartObject();
            json.WriteString("command", command);
            if (baseUrl is not null)
                json.WriteString("url", baseUrl + "/slack/commands");
            json.WriteString("description", "Ask about the article: who said what, timeline, sources, or any question");
            json.WriteString("usage_hint", UsageHint());
            json.WriteBoolean("should_escape", false);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject("oauth_config");
            json.WriteStartObject("scopes");
            json.WriteStartArray("bot");
            foreach (var scope in BotScopes)
                json.WriteStringValue(scope);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("settings");
            json.WriteStartObject("event_subscriptions");
            if (baseUrl is not null)
                json.WriteString("request_url", baseUrl + "/slack/events");
            json.WriteStartArray("bot_events");
            json.WriteStringValue("app_mention");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("interactivity");
            json.WriteBoolean("is_enabled", true);
            if (baseUrl is not null)
                json.WriteString("request_url", baseUrl + "/slack/interactivity");
            json.WriteEndObject();
            json.WriteBoolean("org_deploy_enabled", false);
            json.WriteBoolean("socket_mode_enabled", baseUrl is null);
            json.WriteBoolean("token_rotation_enabled", false);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>"who &lt;person&gt; | timeline [filter] | ... | &lt;question&gt;", from the catalogue.</summary>
    public static string UsageHint()
    {
        var parts = CommandCatalog.All
            .Where(c => c.Name != CommandCatalog.Ask)
            .Select(c => string.Join(' ', c.Options.Select(o => o.Required ? $"<{o.Name}>" : $"[{o.Name}]").Prepend(c.Name)));
        return string.Join(" | ", parts.Append("<question>"));
    }

    private static string? NormalizeBase(string? requestUrl)
    {
        if (string.IsNullOrWhiteSpace(requestUrl))
            return null;
        if (!Uri.TryCreate(requestUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException("The request URL must be an absolute http(s) URL such as https://bot.example.org.", nameof(requestUrl));
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }
}
