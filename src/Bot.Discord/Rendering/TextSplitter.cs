namespace Bot.Discord.Rendering;

/// <summary>Splits long text into pieces under a limit at the cleanest place available: a line, a sentence, a word.</summary>
internal static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = FindCut(rest, max);
            var piece = rest[..cut].TrimEnd();
            if (piece.Length > 0)
                pieces.Add(piece);
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
            pieces.Add(rest);
        return pieces;
    }

    private static int FindCut(string text, int max)
    {
        var window = text.AsSpan(0, max + 1);
        var half = max / 2;
        var line = window.LastIndexOf('\n');
        if (line >= half)
            return line + 1;
        var sentence = Math.Max(window.LastIndexOf(". "), Math.Max(window.LastIndexOf("? "), window.LastIndexOf("! ")));
        if (sentence >= half)
            return sentence + 1;
        var space = window.LastIndexOf(' ');
        if (space > 0)
            return space + 1;
        var hard = max;
        if (char.IsHighSurrogate(text[hard - 1]))
            hard--;
        while (hard > 1 && text[hard - 1] == '\\')
            hard--;
        return hard;
    }
}
