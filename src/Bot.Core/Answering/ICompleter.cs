namespace Bot.Core.Answering;

/// <summary>Suggestions for a command option as it is typed (Discord's autocomplete).</summary>
public interface ICompleter
{
    /// <summary>Suggestions for an autocompleting option, matching the typed prefix regardless of case; at most
    /// <paramref name="limit"/>, and none before the article has loaded.</summary>
    IReadOnlyList<string> Complete(string command, string option, string typed, int limit = 25);
}
