using System.CommandLine;
using Bot.Slack;

namespace Bot.Host.Cli;

/// <summary>`slack-manifest [--url URL]`: the Slack app manifest built from the command catalogue.</summary>
internal static class SlackManifestCommand
{
    public static Command Create()
    {
        var url = new Option<string?>("--url") { Description = "Public base URL of this bot for HTTP mode; without it the manifest uses Socket Mode" };
        var command = new Command("slack-manifest", "Print a Slack app manifest for creating the app") { url };
        command.SetAction(parse =>
        {
            try
            {
                parse.InvocationConfiguration.Output.WriteLine(SlackManifestBuilder.Build(parse.GetValue(url)));
                return ExitCodes.Ok;
            }
            catch (ArgumentException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
