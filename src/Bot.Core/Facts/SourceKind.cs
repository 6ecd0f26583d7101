namespace Bot.Core.Facts;

public enum SourceKind
{
    Outlet,
    Report,
    Document,
    Recording,
    Survey,
    Spokesperson,
    Official,
    PressConference,
    Organization,
    Person,
    Group,
}
