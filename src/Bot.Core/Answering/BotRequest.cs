namespace Bot.Core.Answering;

/// <summary>One request to the core: a catalogue command and its argument text.</summary>
/// <param name="Command">A name from <see cref="CommandCatalog"/> without the slash ("who"), or any other word for an unknown command.</param>
/// <param name="Argument">The command's text ("Zhao Lijian", "said coordinated inauthentic behavior"), possibly empty.</param>
public sealed record BotRequest(string Command, string Argument)
{
    public static BotRequest Question(string text) => new(CommandCatalog.Ask, text);
}
