using System.Text.RegularExpressions;

namespace Bot.Core.Extraction.Attribution;

/// <summary>A paragraph that opens with its speaker's name as a label: transcripts ("SMITH: Well, ...")
/// and vox-pop lists ("Jane Doe ― “...”").</summary>
internal static partial class SpeakerLabel
{
    /// <summary>The label's speaker span, cue span and where the content starts, relative to the text.</summary>
    public static (TextSpan Speaker, TextSpan Cue, int ContentStart)? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Label().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var speaker = m.Groups["speaker"];
        var cue = m.Groups["cue"];
        var contentStart = m.Index + m.Length;
        var quoted = contentStart < text.Length && QuoteMap.IsQuote(text[contentStart]);
        var shouted = speaker.Value.Any(char.IsLetter) && !speaker.Value.Any(char.IsLower);
        var transcript = cue.Value == ":" && shouted && speaker.Value.Length > 2;
        if (!quoted && !transcript)
        {
            return null;
        }

        // A dateline ("WASHINGTON ― ...") is a place, not a speaker; only a quotation after it makes it a label.
        if (shouted && cue.Value != ":" && !quoted)
        {
            return null;
        }

        return (new TextSpan(speaker.Index, speaker.Index + speaker.Length), new TextSpan(cue.Index, cue.Index + cue.Length), contentStart);
    }

    // A transcript may quote each paragraph: "SMITH: ... (an opening mark with no closing one).
    [GeneratedRegex(@"^[""“]?(?<speaker>[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,4})\s*(?<cue>:|―|—|–)\s*")]
    private static partial Regex Label();
}
