using Bot.Core.Answering;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Answering;

/// <summary>Keeps what the router logs, so a test can check a warning was written.</summary>
internal sealed class ListLogger : ILogger<CommandRouter>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Entries.Add((logLevel, formatter(state, exception)));
    }
}
