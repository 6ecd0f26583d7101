using Bot.Core.Answering;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters;

/// <summary>
/// What the asker gets when the core fails: an apology, never silence or a hung interaction. The exception is a
/// bug, so it is logged with the command that hit it.
/// </summary>
internal static class Apology
{
    public const string Text = "Sorry, something went wrong while answering. Please try again.";

    public static Answer For(string command) => new(AnswerKind.Unavailable, command, false, Text, [], []);

    /// <summary>Runs <paramref name="answering"/>; any failure but cancellation by the caller becomes the apology.</summary>
    public static async Task<Answer> RunAsync(
        string command, Func<CancellationToken, Task<Answer>> answering, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answering);
        try
        {
            return await answering(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.AnswerFailed(logger, command, ex);
            return For(command);
        }
    }
}
