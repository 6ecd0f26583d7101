using Bot.Core.Answering;
using Bot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Commands;

/// <summary>
/// Registers the catalogue once at start-up with one bulk overwrite, and only when Discord's copy differs:
/// new commands count against a daily creation limit. A failure is logged; the bot keeps running.
/// </summary>
internal sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.RegistrationEnabled || settings.ApplicationId is not { } applicationId)
            return;
        var guildId = string.IsNullOrWhiteSpace(settings.GuildId) ? null : settings.GuildId;
        var scope = guildId is null ? "global" : "guild";
        try
        {
            var wanted = CommandPayloads.From(CommandCatalog.All);
            var registered = await rest.GetCommandsAsync(applicationId, guildId, stoppingToken).ConfigureAwait(false);
            if (CommandPayloads.AreSame(registered, wanted))
            {
                Log.CommandsUnchanged(logger, wanted.Count, scope);
                return;
            }

            await rest.PutCommandsAsync(applicationId, guildId, wanted, stoppingToken).ConfigureAwait(false);
            Log.CommandsRegistered(logger, wanted.Count, scope);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before registration finished; it runs again at the next start.
        }
#pragma warning disable CA1031 // Registration is best effort: a failure is logged and the bot runs with what is registered.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.CommandRegistrationFailed(logger, ex);
        }
    }
}
