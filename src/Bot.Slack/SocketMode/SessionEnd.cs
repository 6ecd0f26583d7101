namespace Bot.Slack.SocketMode;

internal enum SessionEnd
{
    /// <summary>Slack asked for a new connection (refresh_requested, warning, too_many_websockets).</summary>
    Refresh,

    /// <summary>The socket dropped or could not be opened; retry with backoff.</summary>
    Dropped,

    /// <summary>Socket Mode was turned off or the token is refused; retrying cannot help.</summary>
    Stop,
}
