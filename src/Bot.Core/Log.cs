using Microsoft.Extensions.Logging;

namespace Bot.Core;

internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Loaded article {Path}: {Paragraphs} paragraphs, {Entities} entities, {Statements} statements, {Events} events, {Sources} sources in {ElapsedMs} ms")]
    public static partial void ArticleLoaded(ILogger logger, string path, int paragraphs, int entities, int statements, int events, int sources, long elapsedMs);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "The changed article could not be loaded; keeping the previous facts. {Problem}")]
    public static partial void ReloadFailed(ILogger logger, string problem);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Watching {Path} for changes")]
    public static partial void Watching(ILogger logger, string path);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "An answer to {Command} cited ¶{Paragraph}.{Sentence}, which is not that sentence of the article; sent a failure answer instead")]
    public static partial void UnverifiedAnswer(ILogger logger, string command, int paragraph, int sentence);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Sentence vectors ready: {Sentences} sentences in {Milliseconds:F0} ms")]
    public static partial void VectorsReady(ILogger logger, int sentences, double milliseconds);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Encoding the article's sentences failed; answers stay lexical")]
    public static partial void VectorsFailed(ILogger logger, Exception exception);
}
