using System.Text.RegularExpressions;
using Bot.Core.Answering;
using Bot.Discord.Json;

namespace Bot.Discord.Commands;

/// <summary>Turns the core's catalogue into Discord CHAT_INPUT commands, keeping Discord's naming rules.</summary>
internal static partial class CommandPayloads
{
    private const int ChatInput = 1;
    private const int StringOption = 3;
    private const int MaxDescription = 100;
    private const int MaxOptions = 25;

    public static List<ApplicationCommand> From(IEnumerable<CommandDefinition> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var commands = new List<ApplicationCommand>();
        foreach (var definition in catalog)
        {
            var name = definition.Name.Trim().ToLowerInvariant();
            if (!IsValidName(name) || commands.Any(c => c.Name == name))
                continue;
            var options = definition.Options
                .Select(o => new ApplicationCommandOption(StringOption, o.Name.Trim().ToLowerInvariant(), Description(o.Description, o.Name), o.Required, o.Autocomplete))
                .Where(o => IsValidName(o.Name))
                // Discord requires required options before optional ones.
                .OrderByDescending(o => o.Required == true)
                .Take(MaxOptions)
                .ToList();
            commands.Add(new ApplicationCommand(name, Description(definition.Description, name), options, ChatInput));
        }

        return commands;
    }

    /// <summary>Discord's rule for command and option names (lowercase where a letter has case).</summary>
    public static bool IsValidName(string name) =>
        NamePattern().IsMatch(name) && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal);

    /// <summary>True when what Discord has registered already matches what we would send, so no PUT is needed.</summary>
    public static bool AreSame(IReadOnlyList<ApplicationCommand> registered, IReadOnlyList<ApplicationCommand> wanted)
    {
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(wanted);
        if (registered.Count != wanted.Count)
            return false;
        foreach (var want in wanted)
        {
            var have = registered.FirstOrDefault(r => r.Name == want.Name && (r.Type ?? ChatInput) == (want.Type ?? ChatInput));
            if (have is null || have.Description != want.Description)
                return false;
            var haveOptions = have.Options ?? [];
            var wantOptions = want.Options ?? [];
            if (haveOptions.Count != wantOptions.Count)
                return false;
            for (var i = 0; i < wantOptions.Count; i++)
            {
                var (h, w) = (haveOptions[i], wantOptions[i]);
                if (h.Type != w.Type || h.Name != w.Name || h.Description != w.Description
                    || (h.Required ?? false) != (w.Required ?? false) || (h.Autocomplete ?? false) != (w.Autocomplete ?? false))
                    return false;
            }
        }

        return true;
    }

    private static string Description(string description, string fallback)
    {
        var text = description.Trim();
        if (text.Length == 0)
            text = fallback;
        return text.Length <= MaxDescription ? text : string.Concat(text.AsSpan(0, MaxDescription - 1), "…");
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
