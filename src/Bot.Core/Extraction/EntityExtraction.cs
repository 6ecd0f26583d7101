using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>The entities of an article and the inconsistencies found while joining their names.</summary>
public sealed record EntityExtraction(IReadOnlyList<Entity> Entities, IReadOnlyList<Inconsistency> Inconsistencies);
