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
}
