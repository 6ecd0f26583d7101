namespace Bot.Core.Extraction.Attribution;

/// <summary>The double-quoted regions of a text. Straight quotes toggle; curly ones open and close.</summary>
internal sealed class QuoteMap
{
    private readonly List<TextSpan> regions = [];

    public QuoteMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“' || (c == '"' && open < 0))
            {
                open = i;
            }
            else if ((c == '”' || c == '"') && open >= 0)
            {
                regions.Add(new TextSpan(open, i + 1));
                open = -1;
            }
        }

        if (open >= 0)
        {
            // An unclosed quote runs to the end: news quotes that continue into the next paragraph.
            regions.Add(new TextSpan(open, text.Length));
        }
    }

    public IReadOnlyList<TextSpan> Regions => regions;

    public static bool IsQuote(char c) => c is '"' or '“' or '”';

    /// <summary>True when <paramref name="quote"/> is a quote mark that ends a quoted sentence: punctuation
    /// before it, perhaps behind the single mark of a quotation inside it (<c>win,'"</c>).</summary>
    public static bool ClosesAfterPunctuation(string text, int quote, int floor, string punctuation)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (quote <= floor || quote >= text.Length || !IsQuote(text[quote]))
        {
            return false;
        }

        var j = quote - 1;
        if (text[j] is '\'' or '’' && j > floor)
        {
            j--;
        }

        return punctuation.Contains(text[j], StringComparison.Ordinal);
    }

    /// <summary>True when the position lies strictly inside a quotation (not on its marks).</summary>
    public bool IsInside(int position)
    {
        foreach (var r in regions)
        {
            if (position > r.Start && position < r.End - 1)
            {
                return true;
            }

            if (r.Start > position)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>The quotation opening at <paramref name="openAt"/>, if any.</summary>
    public TextSpan? StartingAt(int openAt)
    {
        foreach (var r in regions)
        {
            if (r.Start == openAt)
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>Whether text leaves a quotation open at its end.</summary>
    public static bool LeavesOpen(string text, bool openAtStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = openAtStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                open = !open;
                i++;
            }
            else if (c == '“')
            {
                open = true;
            }
            else if (c == '”')
            {
                open = false;
            }
            else if (c == '"')
            {
                open = !open;
            }
        }

        return open;
    }
}
