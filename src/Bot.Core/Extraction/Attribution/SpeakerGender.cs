using System.Collections.Frozen;

namespace Bot.Core.Extraction.Attribution;

/// <summary>What a title or a pronoun says about a speaker's gender, so "she" can skip a man named since.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}

/// <summary>Reads gender from the words around a name: honorifics and gendered titles. Names alone say nothing.</summary>
internal static class SpeakerGender
{
    private static readonly FrozenSet<string> MaleWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr.", "mr", "he", "him", "his", "sir", "spokesman", "councilman", "congressman", "chairman", "businessman", "assemblyman",
        "alderman", "anchorman", "king", "prince", "father", "son", "brother", "husband", "uncle", "grandfather", "boy", "man");

    private static readonly FrozenSet<string> FemaleWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mrs.", "mrs", "ms.", "ms", "miss", "she", "her", "dame", "spokeswoman", "councilwoman", "congresswoman", "chairwoman",
        "businesswoman", "assemblywoman", "anchorwoman", "queen", "princess", "mother", "daughter", "sister", "wife", "aunt",
        "grandmother", "girl", "woman");

    /// <summary>The gender the words of <paramref name="texts"/> agree on, or unknown when they say none or both.</summary>
    public static Gender Of(params IEnumerable<string> texts)
    {
        var male = false;
        var female = false;
        foreach (var text in texts)
        {
            foreach (var word in text.Split([' ', ',', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
            {
                male |= MaleWords.Contains(word);
                female |= FemaleWords.Contains(word);
            }
        }

        return male == female ? Gender.Unknown : male ? Gender.Male : Gender.Female;
    }

    /// <summary>The gender of "he" or "she"; unknown for any other word.</summary>
    public static Gender OfPronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" => Gender.Male,
        "she" => Gender.Female,
        _ => Gender.Unknown,
    };
}
