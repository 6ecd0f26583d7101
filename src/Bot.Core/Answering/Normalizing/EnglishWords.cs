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
