using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Hosting;

/// <summary>How long a stopping bot may take to finish the answers it already accepted (section "Host").</summary>
internal sealed class ShutdownOptions
{
    public const string SectionName = "Host";

    /// <summary>Under the 30 s a Kubernetes pod gets by default, so the host ends the drain before it is killed.</summary>
    public const int DefaultTimeoutSeconds = 20;

    [Range(1, 3600, ErrorMessage = "Host:ShutdownTimeoutSeconds must be between 1 and 3600.")]
    public int ShutdownTimeoutSeconds { get; set; } = DefaultTimeoutSeconds;
}
