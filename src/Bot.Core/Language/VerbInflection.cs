namespace Bot.Core.Language;

/// <summary>Which forms of a verb a rule reads.</summary>
[Flags]
internal enum VerbInflection
{
    None = 0,
    Base = 1 << 0,
    Third = 1 << 1,
    Past = 1 << 2,
    PastParticiple = 1 << 3,
    Ing = 1 << 4,
    Finite = Base | Third | Past,
    All = Finite | PastParticiple | Ing,
}
