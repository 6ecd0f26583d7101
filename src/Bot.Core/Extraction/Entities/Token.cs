namespace Bot.Core.Extraction.Entities;

/// <summary>A word of a sentence. <see cref="Text"/> has any possessive ending removed; offsets are into the sentence.</summary>
/// <param name="End">End of the word as written, possessive ending included.</param>
internal readonly record struct Token(string Text, string Lower, int Start, int End, bool Possessive)
{
    public int NameEnd => Start + Text.Length;

    public bool IsCapitalized => char.IsUpper(Text[0]);

    /// <summary>All capitals, two letters or more ("UK", "U.S.", "CDC").</summary>
    public bool IsAcronym
    {
        get
        {
            var letters = 0;
            foreach (var c in Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
                else if (c != '.' && c != '&')
                {
                    return false;
                }
            }

            return letters >= 2;
        }
    }

    /// <summary>A capital after the first letter, as in brand names ("TikTok", "ByteDance"), but not "McDonald".</summary>
    public bool IsMixedCase
    {
        get
        {
            if (Text.Length < 3 || IsAcronym || Text.StartsWith("Mc", StringComparison.Ordinal) || Text.StartsWith("Mac", StringComparison.Ordinal))
            {
                return false;
            }

            for (var i = 1; i < Text.Length; i++)
            {
                if (char.IsUpper(Text[i]) && char.IsLower(Text[i - 1]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A single capital letter, as in an initial ("George W. Bush").</summary>
    public bool IsInitial => Text.Length == 1 && char.IsUpper(Text[0]);

    /// <summary>For "Beijing-based": the capitalised part before a lowercase hyphenated ending, else null.</summary>
    public string? CapitalizedHyphenHead
    {
        get
        {
            var dash = Text.LastIndexOf('-');
            return dash > 0 && dash < Text.Length - 1 && IsCapitalized && char.IsLower(Text[dash + 1]) ? Text[..dash] : null;
        }
    }
}
