using System.Collections.Frozen;
using System.Globalization;
using Bot.Core.Facts;
using Bot.Core.Language;

namespace Bot.Core.Answering;

/// <summary>How facts read in an answer: who said what, how a date was found, what kind a thing is.</summary>
internal static class Phrasing
{
    /// <summary>A statement in the article's voice: its own assertions plainly, others' attributed.</summary>
    public static string Statement(Statement statement)
    {
        var content = statement.Content.Trim();
        if (statement.Direct)
        {
            return $"{Capitalize(statement.Speaker)} {statement.Verb}: “{content.Trim('"', '“', '”')}”{Via(statement)}";
        }

        if (statement.Stance == Stance.Asserted)
        {
            return EndSentence(Capitalize(content));
        }

        var verb = statement.Verb.Trim();
        if (IsSaying(verb))
        {
            return $"According to {statement.Speaker}{Via(statement)}, {EndSentence(LowerFirst(content))}";
        }

        // Not a saying verb ("criticized", "vowed", "calling"): keep the verb so the content reads as its object, and
        // make a participle finite, since "X, calling it ..." is no sentence.
        if (verb.EndsWith("ing", StringComparison.Ordinal) && VerbLexicon.Default.PastOf(verb) is { } past)
        {
            verb = past;
        }

        return $"{Capitalize(statement.Speaker)}{Via(statement)} {verb} {EndSentence(content)}";
    }

    // Verbs whose content is a whole proposition, so "According to X, <content>" keeps its meaning.
    private static readonly FrozenSet<string> SayingVerbs =
        [.. VerbLexicon.Default.Forms(VerbProperty.Proposition, VerbInflection.All), "according to", "as saying"];

    private static bool IsSaying(string verb) => SayingVerbs.Contains(verb.ToLowerInvariant());

    public static string Status(TimelineEvent e) => e.Status switch
    {
        DateStatus.Stated => "stated in the article",
        DateStatus.Inferred => "inferred from the publication date",
        _ => "unresolved",
    };

    public static string Resolved(TimelineEvent e) =>
        e.Date is not { } date ? "not placed on the calendar" : e.End is not { } end ? date.ToWords() : $"{date.ToWords()} to {end.ToWords()}";

    public static string Kind(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organisation",
        EntityKind.Place => "place",
        EntityKind.Group => "group",
        EntityKind.Product => "product",
        _ => "kind unclear",
    };

    public static string Kind(SourceKind kind) => kind switch
    {
        SourceKind.PressConference => "press conference",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Count(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string EndSentence(string text)
    {
        text = text.TrimEnd();
        return text.Length == 0 || ".!?\"”".Contains(text[^1], StringComparison.Ordinal) ? text : text + ".";
    }

    // Lowercase only an ordinary capitalised first word, never a name or an acronym ("TikTok", "US").
    private static string LowerFirst(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? text : text[..space];
        return first.Length > 1 && char.IsUpper(first[0]) && first.Skip(1).All(char.IsLower) && IsCommonWord(first)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    private static bool IsCommonWord(string word) =>
        word is "The" or "A" or "An" or "It" or "Its" or "This" or "That" or "These" or "Those" or "There" or "Several" or "Some" or "Many";

    private static string Via(Statement statement) => statement.Via is null ? string.Empty : $" (as reported by {statement.Via})";
}
