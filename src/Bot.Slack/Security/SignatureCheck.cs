namespace Bot.Slack.Security;

internal enum SignatureCheck
{
    Valid,
    NoSecretConfigured,
    MissingHeaders,
    Stale,
    Mismatch,
}
