namespace Bot.Core.Facts;

/// <summary>Who vouches for a statement.</summary>
public enum Stance
{
    /// <summary>The article says it in its own voice.</summary>
    Asserted,

    /// <summary>The article reports that a source said it.</summary>
    Attributed,

    /// <summary>The article marks it as uncertain: alleged, suspected, reportedly.</summary>
    Hedged,
}
