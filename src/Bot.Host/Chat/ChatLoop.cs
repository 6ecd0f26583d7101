using Bot.Core.Answering;

namespace Bot.Host.Chat;

/// <summary>Reads one message per line and writes one formatted answer per message, in order.
/// Empty lines are skipped; nothing a user types ends the loop, only the end of input.</summary>
internal static class ChatLoop
{
    public static async Task RunAsync(
        TextReader input,
        TextWriter output,
        IArticleAnswerer answerer,
        Func<Answer, string> format,
        string? prompt,
        CancellationToken cancellationToken = default)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (prompt is not null)
            {
                await output.WriteAsync(prompt.AsMemory(), cancellationToken).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            var line = await ReadLineAsync(input, cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var answer = await answerer.AnswerAsync(RequestParser.Parse(line), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(format(answer).AsMemory(), cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Console reads do not observe cancellation, so stop waiting for them instead. Console.In even reads
    // synchronously inside ReadLineAsync, so the read runs on the pool: else SIGTERM could not end a waiting chat.
    private static async Task<string?> ReadLineAsync(TextReader input, CancellationToken cancellationToken)
    {
        var read = Task.Run(() => input.ReadLineAsync(cancellationToken).AsTask(), CancellationToken.None);
        var completed = await Task.WhenAny(read, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
        return completed == read && !cancellationToken.IsCancellationRequested ? await read.ConfigureAwait(false) : null;
    }
}
