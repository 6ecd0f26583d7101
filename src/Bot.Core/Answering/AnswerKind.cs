namespace Bot.Core.Answering;

/// <summary>What kind of answer this is; adapters may render kinds differently.</summary>
public enum AnswerKind
{
    WhoSaid,
    SaidBy,
    WhoIs,
    Timeline,
    Sources,
    About,
    Help,
    When,
    Where,
    Quantity,
    Why,
    YesNo,
    SourceOf,
    General,
    NotFound,
    UnknownCommand,
    Refused,
    Unavailable,

    /// <summary>An answer was found but its citations did not match the article, so it was withheld.</summary>
    Unverified,
}
