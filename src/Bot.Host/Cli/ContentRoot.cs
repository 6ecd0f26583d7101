namespace Bot.Host.Cli;

/// <summary>Where appsettings.json and seeds/ live: the working directory when run from the repository
/// root (`dotnet run --project src/Bot.Host`), else the folder of the binary (a published build carries both).</summary>
internal static class ContentRoot
{
    public static string Find()
    {
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, "appsettings.json")) ? current : AppContext.BaseDirectory;
    }
}
