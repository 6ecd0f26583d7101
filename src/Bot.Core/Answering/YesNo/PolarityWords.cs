namespace Bot.Core.Answering.YesNo;

/// <summary>The words that turn a statement around. Each list is data: a word added here is read by every rule.</summary>
internal static class PolarityWords
{
    /// <summary>Words that deny what follows ("not", "never", "without").</summary>
    public static IReadOnlyList<string> Negators { get; } =
    [
        "not", "no", "never", "without", "nobody", "none", "nothing", "neither", "nor", "cannot", "nowhere", "unable", "non",
        "barely", "hardly", "scarcely", "seldom",
    ];

    /// <summary>Verbs, adjectives and phrases that say the opposite of going along: reject is "did not accept",
    /// deny is "did not confirm". Matched by stem, so every inflection counts.</summary>
    public static IReadOnlyList<string> NegativePredicates { get; } =
    [
        "reject", "refuse", "deny", "decline", "overrule", "oppose", "fail", "dismiss", "disagree", "disapprove",
        "veto", "withhold", "refrain", "resist", "block", "cancel", "abandon", "halt", "lack", "ignore", "forbid",
        "prohibit", "bar", "ban", "dispute", "contradict", "spurn", "rebuff", "scrap", "drop", "stop", "avoid",
        "false", "untrue", "yet to", "rule out", "turn down", "back away",
        "pull out", "call off", "shy away", "prevent", "decide against", "vote against",
    ];

    /// <summary>Words that start a clause of its own, where a negation's scope ends ("she did not want the
    /// escort but the police overruled her").</summary>
    public static IReadOnlyList<string> ClauseBreaks { get; } = ["but", "although", "though", "while", "whereas", "however", "yet"];

    /// <summary>Pairs where a question that names one and a sentence that names the other disagree. A refusal
    /// (agree / reject) is not a row: the refusing word already turns the statement around.</summary>
    public static IReadOnlyList<(string One, string Other)> Opposites { get; } =
    [
        ("democrat", "republican"), ("increase", "decrease"), ("rise", "fall"), ("raise", "lower"), ("win", "lose"),
        ("ahead", "behind"), ("more", "less"), ("higher", "lower"), ("gain", "loss"), ("guilty", "innocent"),
        ("open", "close"), ("like", "hate"), ("love", "hate"), ("violent", "peaceful"), ("up", "down"), ("cut", "raise"),
        ("before", "after"), ("rich", "poor"), ("legal", "illegal"), ("tighten", "ease"), ("tighten", "loosen"), ("tighten", "relax"), ("full", "partial"),
        ("all", "some"), ("fully", "partly"),
        // Porter leaves irregular pasts alone, so their pairs are rows of their own.
        ("rise", "fell"), ("rose", "fall"), ("rose", "fell"), ("win", "lost"), ("won", "lose"), ("won", "lost"),
    ];
}
