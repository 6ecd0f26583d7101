using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Adapters.State;

/// <summary>Fails at start on a configuration string StackExchange.Redis cannot read, rather than on first use.</summary>
internal sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.KeyPrefix is null || options.KeyPrefix.Any(char.IsWhiteSpace))
            return ValidateOptionsResult.Fail("Redis:KeyPrefix must not contain spaces.");
        if (!options.IsConfigured)
            return ValidateOptionsResult.Success;
        try
        {
            var parsed = ConfigurationOptions.Parse(options.Configuration!);
            return parsed.EndPoints.Count == 0
                ? ValidateOptionsResult.Fail("Redis:Configuration names no endpoint (expected e.g. \"localhost:6379\").")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword; a password is never parsed, so it cannot appear in it.
            return ValidateOptionsResult.Fail($"Redis:Configuration is not a valid StackExchange.Redis configuration: {ex.Message}");
        }
    }
}
