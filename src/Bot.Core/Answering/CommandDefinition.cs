namespace Bot.Core.Answering;

/// <summary>One command of the catalogue that every surface registers from.</summary>
/// <param name="Name">Lowercase name without the slash, valid on Discord ("timeline").</param>
/// <param name="Description">One line, at most 100 characters.</param>
/// <param name="Example">One example use, with the slash ("/who Zhao Lijian").</param>
public sealed record CommandDefinition(
    string Name,
    string Description,
    string Example,
    IReadOnlyList<CommandOption> Options);
