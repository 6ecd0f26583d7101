namespace Bot.Core.Articles;

/// <summary>What a format parser knows about a block before the classifier decides its kind.</summary>
internal enum BlockHint
{
    /// <summary>Plain text: the classifier decides from the text alone.</summary>
    Unknown,
    Title,
    Heading,
    Paragraph,
    Caption,
}
