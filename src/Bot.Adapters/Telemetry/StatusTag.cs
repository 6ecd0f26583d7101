namespace Bot.Adapters.Telemetry;

/// <summary>Boxed HTTP status codes made once, so tagging a measurement with its status does not box per request.</summary>
internal static class StatusTag
{
    private static readonly object[] Codes = Enumerable.Range(0, 600).Select(code => (object)code).ToArray();

    public static object Of(int status) => (uint)status < (uint)Codes.Length ? Codes[status] : status;
}
