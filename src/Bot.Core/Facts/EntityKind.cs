namespace Bot.Core.Facts;

public enum EntityKind
{
    Person,
    Organization,
    Place,
    Group,
}
