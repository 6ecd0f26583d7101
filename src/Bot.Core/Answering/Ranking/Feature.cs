namespace Bot.Core.Answering.Ranking;

/// <summary>What the answer scorer knows about one candidate sentence for one question, by position in
/// <see cref="Candidate.Features"/>. The fitted weights are stored by these names, so a reordering cannot
/// silently pair a weight with the wrong feature.</summary>
internal enum Feature
{
    /// <summary>BM25 score over the best candidate's, with the question kind's boosts.</summary>
    Bm25,

    /// <summary>1 / (1 + the BM25 rank).</summary>
    Bm25Rank,

    /// <summary>The idf-weighted share of the question's term groups the sentence holds.</summary>
    Coverage,

    /// <summary>The share the sentence holds together with a neighbour in its paragraph.</summary>
    CoverageWithNeighbour,

    /// <summary>The lexical answerer answered and cited this sentence.</summary>
    LexicalCited,

    /// <summary>The lexical answerer answered at all (same for every candidate of a question).</summary>
    LexicalFound,

    /// <summary>The idf-weighted share of the question's terms that the whole article never uses.</summary>
    MissingFromArticle,

    /// <summary>The sentence holds the question's rarest term that the article uses.</summary>
    RarestTermHeld,

    /// <summary>The weight of the rarest question term that neither the sentence nor a neighbour holds, over the
    /// question's heaviest term: a near miss lacks exactly one telling word ("hospital", "shots").</summary>
    RarestTermMissing,

    /// <summary>The sentence has what the question's kind needs (a time for when, a number for how many).</summary>
    KindFits,

    /// <summary>The share of the names the question mentions that the sentence mentions too.</summary>
    NamesHeld,

    /// <summary>The question mentions a name of the article.</summary>
    QuestionNamesSomeone,

    /// <summary>A heading or the article's own rhetorical question.</summary>
    Heading,

    /// <summary>The sentence's length, log-scaled.</summary>
    Length,

    /// <summary>Cosine similarity of the question and sentence embeddings (0 without vectors).</summary>
    Cosine,

    /// <summary>The cosine minus the best candidate's (0 for the best, negative below).</summary>
    CosineGap,

    /// <summary>1 / (1 + the cosine rank) (0 without vectors).</summary>
    CosineRank,

    /// <summary>The sentence holds a phrase of the answer type the question wants that is not just the question's words.</summary>
    TypeFits,

    /// <summary>How near that phrase sits to the question's own words: the summed 1 / (1 + distance), capped at 3.</summary>
    TypeAnchor,

    /// <summary>The question's words inside that phrase ("officers" in "3 officers" for "how many officers").</summary>
    TypeOwnWords,

    /// <summary>The question wants a short answer of a specific type (a date, an amount, a name).</summary>
    TypeWanted,

    /// <summary>The time the question pins ("in July", "last year") against the sentence and its neighbours: 0 held
    /// or none pinned, 0.5 no time of that kind, 1 only other times of that kind ("In August").</summary>
    TimeUnmet,

    /// <summary>The entities the question names against the sentence and its neighbours: 0 all held, 0.5 one missing,
    /// 1 one missing where another of its kind stands (a question about Beijing set against a sentence about Shanghai).</summary>
    NameUnmet,

    /// <summary>For "when" questions, 1 when the date cannot answer: the question asks of the future ("when will") and
    /// every date the sentence gives is before publication, or of the past ("when did") and every date is after it,
    /// or it asks for a year or an exact date and the phrase is coarser ("earlier this month", "yesterday").</summary>
    DateUnmet,

    /// <summary>The question names something the article never mentions: a word absent from the article that
    /// GPT-2's vocabulary keeps whole only capitalised ("how many dead pigs were found in beijing's rivers" over an
    /// article about Shanghai). The same for every candidate of a question, so it speaks to the decision.</summary>
    NameAbsent,

    /// <summary>The phrase offered carries no mark of the wanted type and was taken as a fallback: for "who shot
    /// him", an unkinded or organisation name ("Charlotte-Mecklenburg") where another sentence names a person.</summary>
    TypeFallback,

    /// <summary>As <see cref="RarestTermMissing"/>, over the question's terms the article uses in other sentences
    /// only: "injured in New Jersey" against a sentence about Chelsea, where New Jersey is told of further on.</summary>
    RarestTermElsewhere,

    /// <summary>For "who" questions, the sentence speaks of the person asked for only as an unnamed one ("the arrest
    /// of a man"), with no name beside the role (see <see cref="UnnamedRole"/>).</summary>
    RoleUnnamed,

    /// <summary>For "when" and "where" questions, the event asked about (<see cref="QuestionPredicate"/>), or a word a
    /// reader may use for it, stands neither in the sentence nor beside it: the date there is another event's.</summary>
    PredicateUnmet,
}
