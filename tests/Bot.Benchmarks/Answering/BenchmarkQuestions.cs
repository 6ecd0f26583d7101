namespace Bot.Benchmarks.Answering;

/// <summary>A fixed mix of 50 messages about the seed article: slash commands and free questions of every kind,
/// answerable and not.</summary>
internal static class BenchmarkQuestions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "/who Zhao Lijian",
        "/who Zhao Lijan",
        "/who the TikTok spokesperson",
        "/who Elizabeth Kanter",
        "/who said coordinated inauthentic behavior",
        "/who said irresponsible remarks",
        "/timeline",
        "/timeline BuzzFeed",
        "/timeline 2022",
        "/sources",
        "/sources survey",
        "/about",
        "Who is Zhao Lijian?",
        "Who is Elizabeth Kanter?",
        "Who is Erich Andersen?",
        "What is ByteDance?",
        "Who is Truss's prime ministerial rival?",
        "Who are TikTok's main users?",
        "What did Zhao Lijian say?",
        "What did the TikTok spokesperson say about official accounts?",
        "What did Bloomberg report?",
        "What did BuzzFeed reveal?",
        "What did several TikTok employees acknowledge?",
        "What did Truss vow?",
        "Who said that TikTok has regulations prohibiting coordinated inauthentic behavior?",
        "Who called it an informal request?",
        "Who criticized Truss's remarks?",
        "Who developed TikTok?",
        "Which organisations published the joint survey?",
        "Who rejected the government agency's request?",
        "When did Bloomberg publish its report?",
        "When did China send the message to Elizabeth Kanter?",
        "When did BuzzFeed reveal the recordings?",
        "When was the survey published?",
        "What time span do the recordings cover?",
        "How many internal TikTok meetings did BuzzFeed get recordings of?",
        "What share of Americans support removing TikTok from the US app store?",
        "What percentage of the survey were opponents?",
        "Where is ByteDance based?",
        "Where is US users' data stored?",
        "Why did the Chinese government want to open invisible accounts on TikTok?",
        "How has TikTok tried to allay user concerns?",
        "Is the Chinese government suspected of collecting user information?",
        "What is the source of the claim that engineers in mainland China had access to TikTok data?",
        "How does the article know about the request to open invisible accounts?",
        "What is TikTok's revenue?",
        "Who is the CEO of ByteDance?",
        "How many users does TikTok have?",
        "When was TikTok founded?",
        "Is TikTok banned in the United States?",
    ];

    /// <summary>The words Lucene is given for a message: a command's name and argument, without the slash.</summary>
    public static string AsSearchText(string message) => message.StartsWith('/') ? message[1..] : message;
}
