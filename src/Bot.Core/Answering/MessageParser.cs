namespace Bot.Core.Answering;

/// <summary>Turns a typed line into a request: "/who Zhao" is a command, anything else a question.</summary>
internal static class MessageParser
{
    public static BotRequest Parse(string? message)
    {
        var text = message?.Trim() ?? string.Empty;
        if (!text.StartsWith('/'))
        {
            return BotRequest.Question(text);
        }

        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return new BotRequest(text[1..end].ToLowerInvariant(), text[end..].Trim());
    }
}
