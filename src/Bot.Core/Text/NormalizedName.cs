namespace Bot.Core.Text;

/// <summary>A name in <see cref="NameMatcher.Normalize"/> form with its words, computed once.</summary>
internal readonly record struct NormalizedName(string Text, string[] Parts)
{
    public static NormalizedName Of(string name)
    {
        var text = NameMatcher.Normalize(name);
        return new NormalizedName(text, text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
