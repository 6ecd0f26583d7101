namespace Bot.Core.Facts;

/// <summary>The current snapshot of the article's facts; swapped atomically when the article changes.</summary>
public interface IFactStore
{
    /// <summary>The snapshot in force, or null before the first article has loaded.</summary>
    ArticleFacts? Current { get; }
}
