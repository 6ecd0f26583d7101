using Microsoft.Extensions.Options;

namespace Bot.Slack;

/// <summary>Fails start-up with a message that says which setting is wrong, never what a secret contains.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken))
            failures.Add("Slack:BotToken is required (the bot token, starting with xoxb-).");
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
            failures.Add(options.BotToken.StartsWith("xapp-", StringComparison.Ordinal)
                ? "Slack:BotToken holds an app-level token (xapp-); put it in Slack:AppToken and use the bot token (xoxb-) here."
                : "Slack:BotToken must be a bot token starting with xoxb-.");

        if (options.SocketMode)
        {
            if (!options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
                failures.Add("Slack:AppToken must be an app-level token starting with xapp- (Socket Mode).");
        }
        else if (string.IsNullOrWhiteSpace(options.SigningSecret))
        {
            failures.Add("Slack:SigningSecret is required in HTTP mode (no Slack:AppToken); without it every request would be refused.");
        }

        if (options.ApiBaseUrl is null || !options.ApiBaseUrl.IsAbsoluteUri)
            failures.Add("Slack:ApiBaseUrl must be an absolute URL such as https://slack.com/api/.");

        if (string.IsNullOrWhiteSpace(options.Command) || options.Command[0] != '/' || options.Command.Length < 2
            || options.Command.Any(char.IsWhiteSpace))
            failures.Add("Slack:Command must be one word starting with a slash, such as /article.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
