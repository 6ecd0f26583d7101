using Microsoft.ML.Tokenizers;

namespace Bot.Core.Answering.Normalizing;

/// <summary>Whether a lower-case word is an ordinary English word rather than a slip of the keyboard. GPT-2's
/// byte-pair vocabulary (r50k, shipped inside its NuGet package) keeps a frequent English word whole, with its
/// leading space, and splits a typo into pieces: " marry" and " stay" are one token each, " wehn" and " mnay" are
/// two. So a question's "marry" is never "mended" into the article's "Mary", nor "pay" into "say".</summary>
internal static class EnglishWords
{
    private static readonly Lazy<Tokenizer?> Vocabulary = new(Load);

    /// <summary>Loads the vocabulary off the answering path (about 70 ms, once).</summary>
    public static void Warm() => _ = Vocabulary.Value;

    /// <summary>True for a word GPT-2 keeps whole; false for anything else, and for every word if the vocabulary
    /// could not be loaded, so mending falls back to the article's words alone.</summary>
    public static bool IsWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && word.All(char.IsLetter) && Vocabulary.Value is { } vocabulary && vocabulary.CountTokens(" " + word) == 1;
    }

    /// <summary>True for a lower-case word GPT-2 keeps whole only when it is capitalised: " beijing" and " xbox"
    /// are two tokens, " Beijing" and " Xbox" one, while " polish" and " jersey" are whole either way. So a
    /// reader's lower-case "beijing" is still seen to be a name.</summary>
    public static bool IsNameWhenCapitalised(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 2 || !word.All(char.IsLower) || Vocabulary.Value is not { } vocabulary)
        {
            return false;
        }

        return vocabulary.CountTokens(" " + word) > 1 && vocabulary.CountTokens(" " + char.ToUpperInvariant(word[0]) + word[1..]) == 1;
    }

    private static Tokenizer? Load()
    {
        try
        {
            return TiktokenTokenizer.CreateForEncoding("r50k_base");
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or NotSupportedException)
        {
            return null;
        }
    }
}
