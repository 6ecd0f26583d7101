namespace Bot.Core.Facts;

/// <summary>A dated event.</summary>
/// <param name="Date">The period at its precision ("2020-04", "2022-07-29", "2022"), null when unresolved.</param>
/// <param name="End">The last period of a range, else null.</param>
/// <param name="Expression">The time expression as written ("last month").</param>
/// <param name="Event">What happened: the clause around the expression.</param>
public sealed record TimelineEvent(
    ArticleDate? Date,
    ArticleDate? End,
    DatePrecision Precision,
    string Expression,
    string Event,
    DateStatus Status,
    IReadOnlyList<Citation> Citations);
