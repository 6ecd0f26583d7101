namespace Bot.Core.Answering;

/// <summary>A command's text option. Every option is a string; adapters map it to their own types.</summary>
public sealed record CommandOption(string Name, string Description, bool Required, bool Autocomplete);
