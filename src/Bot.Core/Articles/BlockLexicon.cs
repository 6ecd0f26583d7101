using System.Text.RegularExpressions;

namespace Bot.Core.Articles;

/// <summary>General web-page phrases that mark a short block as page furniture or as a picture caption.</summary>
internal static partial class BlockLexicon
{
    /// <summary>Short blocks only: a long paragraph that mentions "subscribers" is still news.</summary>
    public const int MaxBoilerplateWords = 15;

    public const int MaxCaptionWords = 30;

    // Rules such as "---", "* * *" or "###" separate sections; they carry no text.
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("-–—_*=~#•·. \t\r\n");

    public static bool IsBoilerplate(string text, int words) =>
        !text.AsSpan().ContainsAnyExcept(Separators)
        || (words <= MaxBoilerplateWords && (BoilerplateStart().IsMatch(text) || BoilerplateAnywhere().IsMatch(text) || Byline().IsMatch(text)))
        || (words <= 3 * MaxBoilerplateWords && (CreditLine().IsMatch(text) || Copyright().IsMatch(text)));

    public static bool IsCaption(string text, int words) =>
        words <= MaxCaptionWords && (CaptionStart().IsMatch(text) || CaptionEnd().IsMatch(text) || CaptionPhrase().IsMatch(text));

    // Calls to action and widget labels that open a block: "Post a Comment", "Share this", "Read more".
    [GeneratedRegex("""
        ^\W*(?:
            (?:post|leave|add|write|view|show|load|read|see|hide|join\ the)\s+(?:a\s+|your\s+|all\s+|the\s+|\d+\s+|new\s+)?comments?\b
          | comments?\b(?:\s*[(:]\s*\d*\)?)?\W*$
          | \d+\s+comments?\W*$
          | share(?:\s+(?:this|on|via|it|article|story|post|the\s+(?:article|story))\b|\s*:|\W*$)
          | (?:tweet|email|e-mail|print)\s+(?:this|it|article|story)\b
          | (?:advertisement|advertising|sponsored(?:\s+content)?|promoted(?:\s+content)?|paid\s+content|ad)\W*$
          | (?:subscribe|sign\s*up|log\s*in|sign\s*in|register)(?:\s+(?:to|for|now|today|here|with)\b|\W*$)
          | (?:read|see|click|tap)\s+(?:more|also|here|next|the\s+full|full)\b
          | (?:related|recommended|trending|popular)(?:\s+(?:articles?|stories|posts|content|coverage|links|reading|news|videos|topics|for\s+you|now))?\W*$
          | most\s+(?:read|popular|viewed|shared|commented)\W*$
          | more\s+(?:from\s+\S+(?:\s+\S+)?|stories|news|articles|videos|like\s+this)\W*$
          | you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)
          | (?:don'?t|do\s+not)\s+miss\b
          | also\s+(?:read|see)\b
          | (?:further\s+reading|top\s+stories|latest\s+(?:news|stories)|editor'?s\s+picks?)\b
          | follow\s+(?:us|me)\b
          | back\s+to\s+top\b
          | skip\s+to\b
          | (?:terms\s+of\s+(?:use|service)|privacy\s+policy|cookie\s+(?:policy|settings))\b
          | (?:previous|next)\s+(?:article|story|post)\b
          | tags?\s*:
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateStart();

    [GeneratedRegex("""
        all\ rights\ reserved
        | \bour\ (?:daily\ |weekly\ |free\ )?newsletter
        | \bclick\ here\b
        | \bshare\ (?:this\ (?:article|story|post|page)|via|on\ (?:facebook|twitter|x|linkedin|whatsapp|reddit|email))\b
        | \bfollow\ us\ on\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateAnywhere();

    [GeneratedRegex("""(?:©|\(c\)\s*\d{4}|\bcopyright\b\s*(?:©|\(c\)|\d{4}))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    // "By Jane Doe" bylines: a short line, "By" and capitalised names, no sentence after it.
    [GeneratedRegex("""^By\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,6}\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    // Wire-service credit lines: "(Reporting by ...; Editing by ...)".
    [GeneratedRegex("""^\W*(?:additional\s+)?(?:reporting|editing|writing|compiled)\s+by\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    // Picture furniture that opens a block: "Image caption", "Photo: ...".
    [GeneratedRegex("""
        ^\W*(?:
            (?:image|photo|picture|video|media)\s+(?:caption|source|credit)s?\b
          | (?:photo(?:graph)?|image|picture|pictured|illustration|caption|credit|file\s+photo)\s*[:|/]
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionStart();

    // Picture credits that close a block: "(AP Photo/...)", "Getty Images", "John Smith/Reuters". Matched from the end.
    [GeneratedRegex("""
        (?:
            \((?:AP\ |AFP\ |Reuters\ |file\ )?(?:photo|image|picture)s?\b[^)]*\)
          | \b(?:getty\ images|shutterstock|istock(?:photo)?|AP\ photo)
          | \w\s*/\s*(?:reuters|ap|afp|epa|getty(?:\ images)?|bloomberg|xinhua|pa(?:\ media)?|anadolu)
          | ^\W*(?:getty(?:\ images)?|reuters|afp|epa|ap|shutterstock)\s*/\s*[\w\ ]+
        )\W*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex CaptionEnd();

    [GeneratedRegex("""\b(?:photo|image|picture)\s+(?:by|courtesy\s+of|credit)\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionPhrase();
}
