using System.Collections.Frozen;

namespace Bot.Core.Answering.Typing;

/// <summary>The English words the phrase finders look for: numbers, units, currencies, name cues, roles.
/// The alternations are constants so the source-generated regexes can take them in.</summary>
internal static class PhraseWords
{
    public const string Digits = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

    public const string Units = "one|two|three|four|five|six|seven|eight|nine";

    public const string NumberWord =
        "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:" + Units + "))?"
        + "|" + Units + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        + "|(?:a|one) (?:hundred|thousand|million|billion|trillion)|a dozen|dozens|hundreds|thousands|millions|billions|half a dozen";

    public const string Scale = @"(?:[ -]?(?:hundred|thousand|million|billion|trillion)\b|[ ]?(?:bn|mn|m|k)\b)";

    public const string Number = "(?:" + Digits + "|" + NumberWord + ")" + Scale + "{0,2}";

    public const string Approximately =
        @"(?:(?:about|around|roughly|nearly|almost|more than|less than|fewer than|over|under|up to|at least|at most|some|just over|just under|approximately|an estimated|close to|as many as|as much as|upwards of|only|just)\s+)?";

    public const string Currency = @"(?:US|USD|C|A|HK|NZ|S|R)?\s?[$€£¥₹]";

    public const string CurrencyName =
        "dollars|euros|pounds|pounds sterling|yuan|renminbi|yen|rupees|francs|rubles|roubles|won|pesos|cents|bucks|lira|shekels|rand|reais";

    public const string CurrencyCode = @"(?:USD|EUR|GBP|CNY|RMB|JPY|INR|CHF|Rs\.?)";

    public const string MeasureUnit =
        @"square (?:feet|foot|miles?|meters?|metres?|kilometers?|kilometres?|yards?)|cubic (?:feet|meters?|metres?)"
        + @"|miles per hour|kilometres per hour|kilometers per hour|km/h|mph|knots"
        + @"|meters?|metres?|kilometers?|kilometres?|km|miles?|feet|foot|ft|inches|inch|yards?|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm"
        + @"|tons?|tonnes?|kilograms?|kilos?|kg|grams?|pounds|lbs?|ounces?|oz"
        + @"|acres?|hectares?|degrees?(?: (?:Celsius|Fahrenheit|C|F))?|°[CF]?"
        + @"|litres?|liters?|gallons?|barrels?|kilotons?|kilotonnes?|megatons?|megawatts?|gigawatts?|kilowatts?|MW|GW|kWh"
        + @"|pages?|storeys?|stories|floors|calories|volts|decibels|times";

    public const string TimeUnit =
        "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?|terms?|semesters?|seasons?";

    // Words a capitalised run starts with at the head of a sentence without being a name.
    public static readonly FrozenSet<string> CapitalisedCommonWords = Set(
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "So", "If", "When", "While", "After", "Before", "This",
        "That", "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Our", "Its",
        "My", "Your", "There", "Here", "Then", "Now", "Still", "Yet", "However", "Meanwhile", "Last", "Next", "Since",
        "As", "For", "From", "With", "Without", "By", "To", "Of", "Under", "Over", "During", "Although", "Though",
        "Because", "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "All", "Both", "Each",
        "Every", "No", "Not", "Yes", "Also", "Even", "Just", "Only", "Asked", "Speaking", "According", "Despite",
        "Instead", "Like", "Unlike", "Among", "Earlier", "Later", "Today", "Tonight", "Yesterday", "Tomorrow", "Such",
        "One", "Two", "Three", "Another", "Other", "Several", "Few", "More", "Much", "Well", "Oh", "Mr", "Mrs", "Ms",
        "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Is", "Was", "Are", "Were", "Do", "Does", "Did", "Can", "Could", "Will",
        "Would", "Should", "Let", "Please", "Thank", "Thanks", "Once", "Until", "Whether", "Whatever", "Perhaps",
        "Maybe", "Indeed", "Overall", "Finally", "First", "Second", "Third", "Again", "Nor", "Either", "Neither",
        "I'm", "I've", "I'd", "I'll", "It's", "That's", "There's", "He's", "She's", "We're", "They're", "You're", "Let's");

    public static readonly FrozenSet<string> CalendarWords = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec.");

    public static readonly FrozenSet<string> OrganisationCues = Set(
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company", "Co", "Co.", "Ltd", "Ltd.", "LLC", "plc", "Group",
        "Ministry", "Department", "University", "College", "School", "Council", "Party", "Agency", "Committee",
        "Commission", "Association", "Institute", "Foundation", "Bank", "Times", "Post", "News", "Journal", "Press",
        "Network", "Union", "Bureau", "Office", "Court", "Police", "Board", "Authority", "Service", "Services",
        "Administration", "Congress", "Senate", "Federation", "Organisation", "Organization", "Society", "Club",
        "Center", "Centre", "Fund", "Trust", "Airlines", "Airways", "Holdings", "Partners", "Caucus", "Coalition",
        "Alliance", "League", "Guard", "Army", "Navy", "Force", "Forces", "Reserve", "Exchange", "Church", "Museum",
        "Hospital", "Tribune", "Herald", "Gazette", "Daily", "Magazine", "Radio", "Television", "TV", "Channel",
        "Institution", "Laboratory", "Labs", "Studios", "Records", "Media", "Technologies", "Systems", "Motors",
        "Pharmaceuticals", "Energy", "Communications", "Enterprises", "Industries", "Campaign", "PAC", "Project",
        "Program", "Programme", "Initiative", "Cabinet", "Parliament", "Assembly", "Government", "Observer", "Beast",
        "Review", "Monitor", "Wire", "Politico", "Reuters", "Bloomberg", "Associated", "Academy", "Conference");

    public static readonly FrozenSet<string> PlaceCues = Set(
        "City", "County", "State", "Island", "Islands", "Street", "St.", "Avenue", "Road", "River", "Lake", "Mountains",
        "Mountain", "Valley", "Province", "Republic", "Kingdom", "Bay", "Beach", "Park", "Square", "Bridge", "Airport",
        "Coast", "Sea", "Ocean", "Gulf", "Peninsula", "Region", "District", "Heights", "Hills", "Village", "Town",
        "Harbor", "Harbour", "Canyon", "Desert", "Forest", "Strait", "Territory", "Boulevard", "Plaza", "Atoll",
        "Stadium", "Arena", "Estate", "Cemetery", "Prison", "Campus");

    /// <summary>Words that make an organisation's name a venue too: "at Marlow University" answers "where".</summary>
    public static readonly FrozenSet<string> VenueCues = Set(
        "University", "College", "School", "Academy", "Center", "Centre", "Club", "Museum", "Library", "Hotel",
        "Theatre", "Theater", "Church", "Cathedral", "Institute", "League", "Capitol", "Hospital", "Clinic");

    public static readonly FrozenSet<string> PlacePrepositions = Set(
        "in", "at", "from", "near", "across", "throughout", "outside", "inside", "into", "toward", "towards", "around",
        "within", "to", "visited", "visit", "via", "between", "through");

    public static readonly FrozenSet<string> PersonTitles = Set(
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sen.", "Sen", "Senator", "Rep.", "Rep", "Gov.", "Gov",
        "Governor", "President", "Judge", "Justice", "Prime", "Minister", "Secretary", "Chancellor", "King", "Queen",
        "Prince", "Princess", "Pope", "General", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Officer", "Chief", "Mayor",
        "Professor", "Prof.", "Sir", "Dame", "Lord", "Lady", "Rev.", "Reverend", "Vice", "Speaker", "Commissioner",
        "Ambassador", "Director", "Attorney");

    // Roles a title or an appositive names: "White House spokesman Josh Earnest", "Schiff, the committee's top Democrat".
    public const string Role =
        "spokesman|spokeswoman|spokesperson|secretary|minister|president|vice president|senator|sen\\.|rep\\.|representative|governor"
        + "|mayor|chief|director|chairman|chairwoman|chair|ceo|founder|co-founder|pollster|adviser|advisor|aide|strategist|analyst"
        + "|columnist|host|anchor|reporter|correspondent|editor|professor|judge|justice|attorney|lawyer|commissioner|officer"
        + "|official|executive|manager|head|leader|member|candidate|nominee|economist|historian|author|writer|producer|actor"
        + "|actress|singer|star|coach|general|counsel|ambassador|diplomat|prosecutor|sheriff|lieutenant|captain|commander"
        + "|congressman|congresswoman|speaker|treasurer|fellow|scientist|researcher|activist|organizer|organiser|owner"
        + "|partner|principal|superintendent|inspector|auditor|comptroller|rapper|musician|comedian|journalist|campaigner";

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
