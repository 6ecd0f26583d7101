namespace Bot.Core.Answering.Typing;

/// <summary>The kind of phrase a question wants as its answer ("how much" wants money, "how long" a duration).</summary>
public enum AnswerType
{
    /// <summary>Nothing narrower than a sentence: "what happened", "what is X".</summary>
    Any,
    Date,
    Duration,
    Money,
    Percent,
    Count,
    Measure,
    Person,
    Organisation,
    Place,
    Reason,
    YesNo,
    Quote,

    /// <summary>Who or what someone or something is: a role, a title, a description.</summary>
    Description,

    /// <summary>Where a claim comes from: a source, a document, an outlet.</summary>
    Source,
}
