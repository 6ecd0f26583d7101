namespace Bot.Core.Answering;

/// <summary>What a free question asks for.</summary>
internal enum QuestionKind
{
    WhoIs,
    WhatSaid,
    WhoSaid,
    When,
    Where,
    Quantity,
    Why,
    YesNo,
    SourceOf,
    General,
}
