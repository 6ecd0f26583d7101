namespace Bot.Core.Facts;

/// <summary>A person, organisation, place or group the article mentions.</summary>
/// <param name="Name">The fullest form of the name in the article ("Zhao Lijian", "a TikTok spokesperson").</param>
/// <param name="Aliases">Other forms that refer to it: surname alone, possessives' base, variant spellings.</param>
/// <param name="Descriptions">Roles and descriptions from appositives and titles ("Chinese Foreign Ministry spokesman").</param>
/// <param name="Generic">True for unnamed speakers such as "a TikTok spokesperson".</param>
public sealed record Entity(
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Descriptions,
    IReadOnlyList<Citation> Citations,
    bool Generic = false)
{
    /// <summary>True when <paramref name="name"/> is its name or one of its aliases, case aside.</summary>
    public bool IsCalled(string name) =>
        string.Equals(Name, name, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
}
