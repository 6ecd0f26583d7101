namespace Bot.Host.Cli;

/// <summary>Separates configuration arguments (<c>--Section:Key=value</c>, <c>--Section:Key value</c>, <c>--urls</c>)
/// from the command line proper, so the parser knows every token it sees and its help lists only real options.</summary>
internal static class SettingArguments
{
    public static (string[] Command, string[] Settings) Split(IReadOnlyList<string> args)
    {
        var command = new List<string>();
        var settings = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                // Everything after "--" belongs to the parser as written.
                command.AddRange(args.Skip(i));
                break;
            }

            if (!IsSetting(arg))
            {
                command.Add(arg);
                continue;
            }

            settings.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
            {
                settings.Add(args[++i]);
            }
        }

        return ([.. command], [.. settings]);
    }

    private static bool IsSetting(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
        {
            return false;
        }

        var name = arg[2..].Split('=', 2)[0];
        return name.Contains(':', StringComparison.Ordinal) || name.Equals("urls", StringComparison.OrdinalIgnoreCase);
    }
}
