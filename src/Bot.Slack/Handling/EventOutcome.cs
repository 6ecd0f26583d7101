namespace Bot.Slack.Handling;

internal enum EventOutcome
{
    Accepted,
    Duplicate,
    Ignored,
    Malformed,
}
