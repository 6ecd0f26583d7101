using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

/// <summary>Fails the host at start-up with one message per bad setting, so nothing breaks on the first request.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!string.IsNullOrEmpty(options.PublicKey) && !IsHex(options.PublicKey, 64))
            failures.Add("Discord:PublicKey must be the application's public key: 64 hexadecimal characters.");
        if (!string.IsNullOrEmpty(options.ApplicationId) && !IsSnowflake(options.ApplicationId))
            failures.Add("Discord:ApplicationId must be a snowflake (a positive decimal number), as shown in the Developer Portal.");
        if (options.RegistrationEnabled && string.IsNullOrEmpty(options.ApplicationId))
            failures.Add("Discord:ApplicationId is required to register commands (or set Discord:RegisterCommands to false).");
        if (!string.IsNullOrEmpty(options.GuildId) && !IsSnowflake(options.GuildId))
            failures.Add("Discord:GuildId must be a snowflake (a positive decimal number).");
        if (options.BotToken is { } token && token.Length > 0 && (string.IsNullOrWhiteSpace(token) || token.Any(char.IsWhiteSpace)))
            failures.Add("Discord:BotToken must not contain spaces (copy only the token, without the \"Bot \" prefix).");
        if (options.ShardCount < 1)
            failures.Add("Discord:ShardCount must be at least 1.");
        if (options.ShardId < 0 || options.ShardId >= Math.Max(1, options.ShardCount))
            failures.Add("Discord:ShardId must be at least 0 and less than Discord:ShardCount.");
        if (!IsHttpUri(options.ApiBaseUrl))
            failures.Add("Discord:ApiBaseUrl must be an absolute http(s) URI such as https://discord.com/api/v10.");
        if (!IsHttpUri(options.ProjectUrl))
            failures.Add("Discord:ProjectUrl must be an absolute http(s) URI (it goes into the User-Agent header).");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsSnowflake(string value) =>
        value.Length <= 20 && value.All(char.IsAsciiDigit)
        && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0;

    internal static bool IsHex(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiHexDigit);

    private static bool IsHttpUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
