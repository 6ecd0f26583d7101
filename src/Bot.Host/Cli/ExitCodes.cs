namespace Bot.Host.Cli;

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int BadArticle = 2;
    public const int BadConfiguration = 3;
}
