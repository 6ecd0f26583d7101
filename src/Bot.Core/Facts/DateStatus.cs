namespace Bot.Core.Facts;

/// <summary>How a date was found.</summary>
public enum DateStatus
{
    /// <summary>Written out in full in the text or the metadata.</summary>
    Stated,

    /// <summary>Resolved from a relative expression against the publication date, or reasoned from clues.</summary>
    Inferred,

    /// <summary>Vague or unanchored; kept but not placed on the calendar.</summary>
    Unresolved,
}
