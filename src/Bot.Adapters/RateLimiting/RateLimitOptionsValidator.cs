using Microsoft.Extensions.Options;

namespace Bot.Adapters.RateLimiting;

internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    private const int MaxPermits = 1_000_000;
    private static readonly TimeSpan MinWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, nameof(options.UserPermits), options.UserPermits, nameof(options.UserWindow), options.UserWindow);
        Check(failures, nameof(options.ChannelPermits), options.ChannelPermits, nameof(options.ChannelWindow), options.ChannelWindow);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string permitsName, int permits, string windowName, TimeSpan window)
    {
        if (permits is < 1 or > MaxPermits)
            failures.Add($"{RateLimitOptions.SectionName}:{permitsName} must be between 1 and {MaxPermits} (got {permits}).");
        if (window < MinWindow || window > MaxWindow)
            failures.Add($"{RateLimitOptions.SectionName}:{windowName} must be between 00:00:01 and 1.00:00:00 (got {window}).");
    }
}
