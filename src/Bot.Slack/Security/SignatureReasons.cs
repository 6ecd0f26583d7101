namespace Bot.Slack.Security;

/// <summary>Why a signature check failed, as a metric tag.</summary>
internal static class SignatureReasons
{
    public static string Of(SignatureCheck check) => check switch
    {
        SignatureCheck.NoSecretConfigured => "no_secret",
        SignatureCheck.MissingHeaders => "missing_headers",
        SignatureCheck.Stale => "stale",
        SignatureCheck.Mismatch => "mismatch",
        _ => "other",
    };
}
