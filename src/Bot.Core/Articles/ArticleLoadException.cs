namespace Bot.Core.Articles;

/// <summary>The article file cannot be used. The message is one line naming the file and the problem.</summary>
public sealed class ArticleLoadException : Exception
{
    public ArticleLoadException()
    {
    }

    public ArticleLoadException(string message)
        : base(message)
    {
    }

    public ArticleLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static ArticleLoadException For(string path, string problem) => new($"{path}: {problem}");
}
