namespace Bot.Core.Extraction.Attribution;

/// <summary>A half-open character range [Start, End).</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int position) => position >= Start && position < End;

    public TextSpan Shift(int offset) => new(Start + offset, End + offset);

    public string Of(string text) => text[Start..End];
}
