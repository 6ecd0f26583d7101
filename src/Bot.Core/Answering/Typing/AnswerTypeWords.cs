using System.Collections.Frozen;

namespace Bot.Core.Answering.Typing;

/// <summary>The English words that tell what a question asks for, kept apart from the rules that read them
/// so a new cue is one line here and never a new branch.</summary>
internal static class AnswerTypeWords
{
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
        "should", "shall", "may", "might", "must", "isnt", "arent", "wasnt", "werent", "didnt", "doesnt", "dont",
        "hasnt", "havent", "hadnt", "wont", "wouldnt", "cant", "couldnt", "shouldnt");

    public static readonly FrozenSet<string> QuestionWords = Set(
        "when", "where", "who", "whom", "whose", "why", "what", "which", "how");

    // Misspelt question words seen in readers' typing; anything else is left alone, since a real word
    // one letter off ("were" for "where") must not be "corrected".
    public static readonly FrozenSet<string> Correctable = Set(
        "when", "where", "who", "why", "what", "which", "how", "many", "much", "long", "according", "percent", "percentage");

    public static readonly FrozenSet<string> TimeUnits = Set(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries", "night", "nights", "term", "terms");

    public static readonly FrozenSet<string> MeasureUnits = Set(
        "meter", "meters", "metre", "metres", "kilometer", "kilometers", "kilometre", "kilometres", "km", "mile", "miles",
        "foot", "feet", "inch", "inches", "yard", "yards", "ton", "tons", "tonne", "tonnes", "kilogram", "kilograms",
        "kilo", "kilos", "kg", "gram", "grams", "pound", "pounds", "acre", "acres", "hectare", "hectares", "degree",
        "degrees", "litre", "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels", "kilotons",
        "kilotonnes", "megatons", "megawatts", "gigawatts", "storeys", "stories", "floors", "pages", "centimetres",
        "centimeters", "millimetres", "millimeters", "age", "kilotonne", "kilotons", "mph", "ages");

    // "how ADJ" asks for a measure: size, distance, weight, speed, age.
    public static readonly FrozenSet<string> MeasureAdjectives = Set(
        "tall", "high", "far", "deep", "big", "heavy", "wide", "large", "fast", "powerful", "hot", "cold", "steep",
        "strong", "thick", "close", "old", "long", "small", "huge", "massive", "loud", "quickly", "heavily");

    // After "how much": the question is about money when one of these is near.
    public static readonly FrozenSet<string> MoneyWords = Set(
        "money", "cost", "costs", "costed", "pay", "paid", "pays", "spend", "spends", "spent", "spending", "worth",
        "raise", "raised", "raises", "fund", "funds", "funding", "funded", "budget", "price", "priced", "owe", "owes",
        "owed", "borrow", "borrowed", "earn", "earns", "earned", "income", "tax", "taxes", "charge", "charged",
        "invest", "invested", "investment", "donate", "donated", "donation", "salary", "loan", "fine", "fined",
        "dollars", "revenue", "revenues", "sell", "sold", "buy", "bought", "afford", "fee", "fees", "save", "saving",
        "savings", "debt", "aid", "assistance", "grant", "deficit", "profit", "profits", "loss", "lose", "lost",
        "settlement", "wage", "wages", "tuition", "rent", "bail", "damages", "compensation", "award", "contributed",
        "gave", "give", "put", "amount", "sum", "value", "valued", "bill");

    // "how much rain/land": a physical quantity, measured rather than paid.
    public static readonly FrozenSet<string> PhysicalNouns = Set(
        "rain", "snow", "water", "land", "forest", "ground", "ice", "oil", "gas", "weight", "space", "area", "energy",
        "power", "electricity", "food", "fuel", "carbon", "territory", "heat", "faster", "farther", "further");

    // Nouns that make "where does the X come from" a question about a source, not a place.
    public static readonly FrozenSet<string> InformationNouns = Set(
        "claim", "claims", "figure", "figures", "information", "number", "numbers", "data", "report", "quote", "idea",
        "news", "story", "statistic", "statistics", "estimate", "estimates", "allegation", "allegations", "finding",
        "findings", "stat", "stats", "rumour", "rumor", "accusation", "assertion", "percent", "percentage", "list", "leak");

    public static readonly FrozenSet<string> Comparatives = Set(
        "higher", "lower", "faster", "slower", "more", "less", "bigger", "larger", "smaller", "taller", "longer",
        "shorter", "heavier", "further", "farther", "deeper", "stronger", "warmer", "colder");

    // Nouns after "what"/"which" that name the type of the answer.
    public static readonly FrozenSet<string> DateNouns = Set(
        "date", "day", "year", "month", "time", "week", "decade", "century", "era", "weekday", "season", "morning", "night", "evening");

    public static readonly FrozenSet<string> DurationNouns = Set("period", "duration", "span", "length", "hours", "stretch");

    public static readonly FrozenSet<string> PercentNouns = Set(
        "percentage", "percent", "share", "proportion", "fraction", "rate", "portion", "lead", "margin", "majority", "ratio", "turnout",
        "stake");

    /// <summary>Words that make "time" a race's length, not a date: "winning time", "best mile time".</summary>
    public static readonly FrozenSet<string> TimedWords = Set(
        "winning", "finishing", "finish", "best", "record", "race", "mile", "marathon", "lap", "qualifying", "fastest", "running");

    public static readonly FrozenSet<string> MoneyNouns = Set(
        "amount", "cost", "price", "budget", "salary", "fee", "fine", "sum", "value", "worth", "income", "revenue",
        "valuation", "wage", "funding", "bill", "deficit", "debt", "payment", "bail", "loss", "profit");

    public static readonly FrozenSet<string> CountNouns = Set("number", "vote", "tally", "count", "total", "figure", "score", "population", "tally");

    public static readonly FrozenSet<string> ReasonNouns = Set(
        "reason", "reasons", "cause", "causes", "motive", "motivation", "purpose", "explanation", "justification",
        "condition", "grounds", "complaint", "issue");

    public static readonly FrozenSet<string> RoleNouns = Set(
        "job", "role", "title", "position", "occupation", "function", "profession", "post", "rank");

    public static readonly FrozenSet<string> SourceNouns = Set(
        "poll", "survey", "study", "report", "analysis", "research", "data", "source", "sources", "document", "documents",
        "records", "figures", "statistics", "review", "audit", "investigation", "census");

    public static readonly FrozenSet<string> OrganisationNouns = Set(
        "company", "companies", "organisation", "organisations", "organization", "organizations", "agency", "agencies",
        "group", "groups", "outlet", "outlets", "newspaper", "newspapers", "paper", "papers", "firm", "firms", "network",
        "networks", "channel", "channels", "station", "union", "unions", "party", "parties", "department", "ministry",
        "office", "website", "site", "magazine", "show", "programme", "program", "broadcaster", "bank", "banks",
        "university", "college", "school", "court", "committee", "council", "pac", "pacs", "campaign", "business",
        "corporation", "pollster", "pollsters", "publication", "museum", "team", "club", "charity", "coalition",
        "industry", "service", "government", "body", "institution", "association", "foundation", "institute",
        "airline", "brand", "app", "platform", "studio", "label", "publisher", "body", "board", "authority", "army",
        "force", "forces", "tribe", "movement", "caucus", "administration", "retailer", "insurer", "insurers", "utility");

    public static readonly FrozenSet<string> PlaceNouns = Set(
        "city", "cities", "country", "countries", "state", "states", "town", "towns", "village", "county", "region",
        "province", "island", "islands", "place", "places", "location", "hospital", "building", "venue", "neighborhood",
        "neighbourhood", "district", "street", "area", "continent", "nation", "nations", "capital", "airport", "base",
        "course", "park", "prison", "jail", "hotel", "stadium", "arena", "border", "territory", "port", "river",
        "sea", "ocean", "mountain", "site", "address", "room", "centre", "center", "campus", "church", "restaurant");

    public static readonly FrozenSet<string> PersonNouns = Set(
        "person", "people", "man", "men", "woman", "women", "judge", "senator", "senators", "president", "official",
        "officials", "celebrity", "star", "officer", "democrat", "democrats", "republican", "republicans", "member",
        "lawmaker", "politician", "candidate", "speechwriter", "speechwriters", "writer", "reporter", "journalist",
        "author", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "minister", "leader", "actor",
        "actress", "singer", "musician", "player", "athlete", "executive", "ceo", "doctor", "lawyer", "attorney",
        "architect", "friend", "adviser", "advisor", "aide", "staffer", "employee", "director", "chairman", "chair",
        "founder", "host", "anchor", "columnist", "analyst", "expert", "scientist", "professor", "student", "victim",
        "suspect", "guest", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister", "king",
        "queen", "prince", "chief", "secretary", "commissioner", "congressman", "congresswoman", "representative",
        "prosecutor", "developer", "developers", "celebrities", "comedian", "historian", "rival", "opponent", "boss");

    // "how did X describe" asks for their words; so do "what did X call/say/tell".
    public static readonly FrozenSet<string> SayingVerbs = Set(
        "say", "said", "says", "tell", "told", "call", "called", "calls", "describe", "described", "describes",
        "write", "wrote", "add", "added", "answer", "answered", "joke", "joked", "suggest", "suggested", "ask", "asked",
        "claim", "claimed", "declare", "declared", "announce", "announced", "argue", "argued", "warn", "warned",
        "reply", "replied", "respond", "responded", "tweet", "tweeted", "quote", "quoted", "sing", "sang", "type",
        "typed", "label", "labelled", "labeled", "dub", "dubbed", "characterise", "characterize", "characterised",
        "characterized", "insist", "insisted", "admit", "admitted", "promise", "promised", "predict", "predicted",
        "mean", "meant", "think", "thinks", "thought", "believe", "believes", "react", "reacted", "exclaim", "boast",
        "boasted", "state", "stated", "comment", "commented", "remark", "remarked", "post", "posted");

    public static readonly FrozenSet<string> QuoteNouns = Set(
        "words", "quote", "quotes", "comment", "comments", "remark", "remarks", "response", "reaction", "statement",
        "statements", "message", "reply", "answer", "slogan", "line", "phrase", "nickname", "description", "verdict");

    // Verbs whose subject is usually an institution: "who published", "who sponsored".
    public static readonly FrozenSet<string> InstitutionVerbs = Set(
        "published", "publish", "publishes", "sponsored", "sponsors", "sponsor", "developed", "develops", "develop",
        "owns", "owned", "own", "finances", "financed", "finance", "funds", "funded", "fund", "polled", "surveyed",
        "conducted", "conducts", "manufactures", "manufactured", "makes", "broadcast", "broadcasts", "aired", "airs",
        "investigating", "investigates", "investigated", "employs", "employed", "hosted", "hosts", "operates",
        "operated", "runs", "issued", "released", "fact", "factchecked", "insured", "regulates", "built");

    // Reporting verbs for "who reported/revealed": the source of a claim.
    public static readonly FrozenSet<string> SourceVerbs = Set("reported", "reports", "revealed", "reveals", "leaked", "broke", "disclosed");

    public static readonly FrozenSet<string> Skippable = Set(
        "the", "a", "an", "kind", "type", "sort", "of", "exact", "exactly", "specific", "main", "other", "two", "three",
        "first", "last", "new", "two", "big", "biggest", "largest", "total", "overall", "official", "actual", "final");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
