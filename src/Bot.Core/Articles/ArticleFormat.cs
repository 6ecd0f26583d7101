namespace Bot.Core.Articles;

/// <summary>The file formats the loader reads.</summary>
internal enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
}
