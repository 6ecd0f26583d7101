namespace Bot.Core.Extraction.Entities;

/// <summary>General knowledge of place names: countries, US states, major cities and regions.</summary>
internal static class Gazetteer
{
    public static readonly HashSet<string> Places = WordSet.OfPhrases("""
        Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Vatican|Scotland|England|Wales|Northern Ireland
        US|U.S.|USA|U.S.A.|America|United States|United States of America|UK|U.K.|Britain|Great Britain|United Kingdom
        Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming
        Beijing|Shanghai|Shenzhen|Guangzhou|Wuhan|Hong Kong|Macau|Tokyo|Osaka|Seoul|Pyongyang|Taipei|Manila|Jakarta|Bangkok|Hanoi|Kuala Lumpur|Delhi|New Delhi|Mumbai|Karachi|Islamabad|Kabul|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Cairo|Riyadh|Dubai|Doha|Ankara|Istanbul|Moscow|Kiev|Kyiv|Minsk|Warsaw|Berlin|Munich|Frankfurt|Hamburg|Paris|Lyon|Marseille|Lille|London|Manchester|Birmingham|Edinburgh|Glasgow|Dublin|Belfast|Brussels|Amsterdam|The Hague|Luxembourg|Madrid|Barcelona|Lisbon|Rome|Milan|Naples|Vienna|Zurich|Geneva|Bern|Stockholm|Oslo|Copenhagen|Helsinki|Athens|Nicosia|Budapest|Prague|Bucharest|Sofia|Belgrade|Zagreb|Ottawa|Toronto|Montreal|Vancouver|Chicago|Los Angeles|San Francisco|Boston|Philadelphia|Houston|Dallas|Atlanta|Miami|Seattle|Detroit|Denver|Phoenix|Las Vegas|Baltimore|Silicon Valley|Mexico City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|Sao Paulo|Rio de Janeiro|Brasilia|Lagos|Nairobi|Johannesburg|Cape Town|Addis Ababa|Sydney|Melbourne|Canberra|Auckland|Wellington|Singapore
        Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Kan|Ky|Md|Mich|Minn|Mont|Neb|Nev|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|Okla|Ore|R.I.|S.C.|S.D.|Tenn|Tex|Vt|Wis|Wyo|D.C.
        Europe|Asia|Africa|Antarctica|Oceania|North America|South America|Latin America|Central America|Middle East|Near East|Far East|Southeast Asia|East Asia|Central Asia|South Asia|Scandinavia|Balkans|Caribbean|Mediterranean|Pacific|Atlantic|Arctic|Gaza|Gaza Strip|West Bank|Crimea|Donbas|Kashmir|Tibet|Xinjiang|Mainland China|Siberia|Persian Gulf|Gulf|West|Eurozone
        """);

    private static readonly Dictionary<string, string> Canonical = BuildCanonical();

    /// <summary>The canonical key of a place written several ways ("U.S." and "America" are "united states").</summary>
    public static string? CanonicalKey(string name) => Canonical.GetValueOrDefault(name);

    private static Dictionary<string, string> BuildCanonical()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string canonical, params string[] forms)
        {
            foreach (var form in forms)
            {
                map[form] = canonical;
            }
        }

        Add("united states", "US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America");
        Add("united kingdom", "UK", "U.K.", "Britain", "Great Britain", "United Kingdom");
        Add("united arab emirates", "UAE", "United Arab Emirates");
        Add("european union", "EU", "E.U.", "European Union");
        Add("kyiv", "Kiev", "Kyiv");
        return map;
    }
}
