using System.Diagnostics;

namespace Bot.Host.Tests.Shutdown;

/// <summary>What a container runtime or systemd sends to stop the bot.</summary>
internal static class Signals
{
    public static async Task TerminateAsync(int processId)
    {
        using var kill = System.Diagnostics.Process.Start(new ProcessStartInfo("kill", ["-TERM", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }
}
