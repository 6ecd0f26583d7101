using Bot.Core.Language;

namespace Bot.Core.Extraction.Entities;

/// <summary>General English-news word lists the entity rules rely on.</summary>
internal static class EntityLexicon
{
    /// <summary>Function words and common sentence starters: capitalised only because they open a sentence.</summary>
    public static readonly HashSet<string> CommonWords = WordSet.Of("""
        a an the this that these those it its it's he she they we i you his her their our my your him them us me there here
        what when where why how who whom which whose while whilst if but and or so yet nor for as at by in on of to from with without
        after before during since until till under over about above below among between through throughout despite although though
        because however meanwhile moreover furthermore also still even only just now then today yesterday tomorrow tonight last next
        earlier later such some several many most more much few fewer all both each every any no not none nothing something everything
        one two three four five six seven eight nine ten eleven twelve twenty thirty hundred thousand million billion dozens hundreds thousands millions
        first second third fourth fifth other another others instead indeed perhaps maybe sure yes thus therefore hence nevertheless
        nonetheless otherwise besides again already almost nearly roughly around according asked said says is are was were be been being
        has have had do does did will would can could may might must shall should let please once twice unlike like whether either neither
        traditionally currently recently finally eventually initially previously later lately overall ultimately apparently reportedly
        clearly certainly obviously unfortunately fortunately interestingly notably similarly additionally specifically generally
        well oh ok okay yeah no sorry thanks hello hi dear see read watch click share follow subscribe sign
        """);

    public static readonly HashSet<string> Months = WordSet.Of(
        "january february march april may june july august september october november december feb aug sept oct nov dec");

    public static readonly HashSet<string> Weekdays = WordSet.Of(
        "monday tuesday wednesday thursday friday saturday sunday");

    /// <summary>Capitalised titles written before a name ("President", "Foreign Secretary").</summary>
    public static readonly HashSet<string> TitleWords = WordSet.Of("""
        president vice prime minister secretary senator sen rep representative governor gov mayor chancellor premier king queen prince princess
        pope judge justice general gen colonel col captain capt lieutenant lt sergeant sgt admiral commissioner chairman chairwoman chair ceo cfo coo
        director ambassador speaker leader chief spokesman spokeswoman spokesperson councillor councilman councilwoman congressman congresswoman
        attorney sheriff detective officer coach professor bishop archbishop cardinal rabbi imam reverend lord lady deputy emperor sultan sheikh
        crown marshal commander superintendent inspector constable chief-executive executive treasurer comptroller auditor
        """);

    /// <summary>Nouns for a person's role: heads of descriptors before a name and of appositives.</summary>
    public static readonly HashSet<string> PersonRoleNouns = WordSet.Of("""
        spokesman spokeswoman spokesperson secretary minister counsel president chairman chairwoman chair director rival counterpart economist
        analyst official senator governor lawmaker legislator leader chief head executive founder co-founder ceo cfo adviser advisor ambassador
        envoy mayor premier chancellor judge lawyer attorney professor researcher reporter journalist editor correspondent commentator columnist
        author writer actor actress singer player coach manager officer general commander prosecutor diplomat member candidate opponent critic
        expert scientist doctor physician activist investor banker comic comedian host anchor deputy speaker representative congressman
        congresswoman pastor bishop priest king queen prince princess emperor wife husband son daughter mother father brother sister friend
        colleague aide assistant student teacher owner partner boss employee engineer consultant strategist pollster trader negotiator
        epidemiologist historian philosopher economist-in-chief vice-president secretary-general president-elect chief-executive
        councilman councilwoman councillor councilor alderman alderwoman inspector sheriff detective commissioner superintendent treasurer
        comptroller auditor marshal constable curator planner architect surveyor administrator coordinator supervisor clerk dean
        """);

    /// <summary>Nouns for an organisation: heads of descriptors ("news site", "technology company").</summary>
    public static readonly HashSet<string> OrganizationNouns = WordSet.Of("""
        company firm site outlet agency organization organisation group newspaper paper magazine broadcaster
        network channel bank fund startup start-up giant maker manufacturer retailer carrier airline provider operator publisher developer
        brand conglomerate corporation party ministry department regulator union charity institute university school team club
        association think-tank lab laboratory studio wire daily tabloid portal exchange insurer lender automaker chain subsidiary unit
        broadcaster news-site watchdog nonprofit non-profit ngo body authority administration government council committee commission
        """);

    /// <summary>Nouns for a made thing: heads of descriptors ("a smartphone app", "the international version of").</summary>
    public static readonly HashSet<string> ProductNouns = WordSet.Of("""
        app apps application platform service software website web-site game videogame video-game device gadget phone smartphone handset
        browser chatbot chat-bot version tool console tablet laptop headset wearable engine search-engine messenger
        """);

    /// <summary>Words before a product noun that make it a news outlet, an organisation ("news website", "wire service").</summary>
    public static readonly HashSet<string> OutletModifiers = WordSet.Of("news newswire wire media");

    /// <summary>Nouns for a place: heads of descriptors ("the port city of").</summary>
    public static readonly HashSet<string> PlaceNouns = WordSet.Of(
        "city town village country nation province state region island capital port county district territory republic kingdom");

    /// <summary>Last words of organisation names ("Trafalgar Group", "Foreign Ministry").</summary>
    public static readonly HashSet<string> OrganizationSuffixes = WordSet.Of("""
        inc corp corporation co company companies group holdings ltd llc plc ag sa gmbh ministry department agency embassy consulate association
        action committee commission party university college school institute institution academy bank council bureau board office authority
        administration service services force forces army navy police court parliament congress senate assembly cabinet government news times
        post journal herald tribune telegraph guardian daily press media network broadcasting television tv radio magazine review foundation
        fund trust society union federation league alliance coalition organization organisation center centre centers centres club team
        church hospital airlines airways motors electric technologies systems labs laboratories partners capital securities investments
        brothers industries energy pharmaceuticals entertainment studios records foods reserve exchange initiative project campaign movement
        front watch international program programme secretariat tribunal house guard convention
        """);

    /// <summary>Last words of place names ("Jones Beach", "Capitol Hill", "Forbidden City").</summary>
    public static readonly HashSet<string> PlaceSuffixes = WordSet.Of("""
        city town hill hills pole beach island islands river lake mountain mountains mount valley square street avenue road bay coast sea ocean
        county province region airport station bridge peninsula desert strait canal harbor harbour park heights falls plaza
        """);

    /// <summary>Last words of names of days and periods ("Election Day", "New Year"): dates, not entities.</summary>
    public static readonly HashSet<string> PeriodWords = WordSet.Of("day eve week weekend year month night morning afternoon evening century era season");

    /// <summary>Plural nouns whose possessive stays inside an organisation's name ("National People's Congress").</summary>
    public static readonly HashSet<string> NamePossessives = WordSet.Of("people women children men workers veterans citizens farmers nations");

    /// <summary>Words after which "of", "for" and "and" stay inside a name ("Convention of States Action").</summary>
    public static readonly HashSet<string> ConnectorHeads = WordSet.Of("""
        convention bank university ministry department centers center centre council institute school academy college chamber federation union
        association board bureau office organization organisation church house court republic kingdom state states commonwealth museum society
        league party committee commission fund foundation gulf sea bay isle islands cape city province duke order coalition alliance agency
        authority corporation company navy army secretary minister director governor chief head friends daughters sons
        """);

    /// <summary>Particles inside personal names ("Ludwig van Beethoven").</summary>
    public static readonly HashSet<string> NameParticles = WordSet.Of("van von der den de del della di da du la le al bin ibn");

    /// <summary>Nationality adjectives: modifiers, not names ("Chinese Douyin" names Douyin).</summary>
    public static readonly HashSet<string> DemonymAdjectives = WordSet.Of("""
        american british chinese english french german russian japanese korean indian canadian australian mexican brazilian italian spanish dutch
        irish scottish welsh israeli palestinian turkish iranian iraqi syrian saudi egyptian greek cypriot european asian african arab western
        eastern northern southern taiwanese swiss swedish norwegian danish finnish polish ukrainian belgian austrian portuguese pakistani afghan
        vietnamese thai indonesian filipino malaysian singaporean nigerian kenyan jordanian lebanese cuban venezuelan argentine colombian chilean
        peruvian hungarian czech romanian bulgarian serbian croatian latin soviet
        republican democratic democrat conservative liberal labour socialist communist hispanic latino latina
        """);

    /// <summary>Plural nationality and affiliation nouns: groups of people.</summary>
    public static readonly HashSet<string> GroupNouns = WordSet.Of("""
        americans britons brits europeans russians germans israelis palestinians turks iranians iraqis syrians africans asians arabs canadians
        australians indians koreans mexicans cypriots greeks italians spaniards ukrainians democrats republicans muslims christians jews catholics
        westerners kurds afghans pakistanis taiwanese latinos latinas hispanics evangelicals conservatives liberals progressives immigrants
        """);

    /// <summary>Verbs that report speech; a name right before them is likely a speaker.</summary>
    public static readonly HashSet<string> ReportingVerbs =
        new(VerbLexicon.Default.NounSafeForms(VerbProperty.NamesSpeaker), StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that follow a person's name in the possessive ("Truss's remarks").</summary>
    public static readonly HashSet<string> PersonContextNouns = WordSet.Of("""
        remarks comments wife husband family campaign supporters presidency speech views statement tweets tweet mother father son daughter
        career life death lawyer lawyers aides running mate candidacy victory defeat
        """);

    /// <summary>Words that follow an organisation's name ("TikTok employees", "TikTok's spokesperson").</summary>
    public static readonly HashSet<string> OrganizationContextNouns = WordSet.Of("""
        employees staff staffers executives spokesperson spokesman spokeswoman officials users accounts headquarters shares stock board ceo
        founder chairman subscribers customers servers data engineers workers management executive employee
        """);

    /// <summary>Words that follow a product's name ("the Floodly app", "the Zorbex platform").</summary>
    public static readonly HashSet<string> ProductContextNouns = WordSet.Of("app apps application platform software website game device browser chatbot");
}
