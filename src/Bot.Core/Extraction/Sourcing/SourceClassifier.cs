using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Sourcing;

/// <summary>Tells what kind of source a speaker is from the words of its name and description.</summary>
internal static partial class SourceClassifier
{
    public static SourceKind Classify(string name, string description, Entity? entity, IEnumerable<string> verbs)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(verbs);
        var named = !Attribution.SpeakerName.IsGeneric(name);
        if (KindOf(name) is { } byName)
        {
            return byName;
        }

        // What a named source is described as tells its role, not what it is made of: a "video-sharing app" is no recording.
        if (KindOf(description) is { } byDescription
            && (!named || byDescription is SourceKind.Spokesperson or SourceKind.Outlet or SourceKind.Official or SourceKind.Group))
        {
            return byDescription;
        }

        if (named && verbs.Any(v => v is "reported" or "reports" or "wrote" or "published"))
        {
            return SourceKind.Outlet;
        }

        return entity?.Kind switch
        {
            EntityKind.Person => SourceKind.Person,
            EntityKind.Organization => SourceKind.Organization,
            EntityKind.Group => SourceKind.Group,

            // An app or service that "says" something speaks for whoever runs it; Unknown is left to the name's form below.
            EntityKind.Product => SourceKind.Organization,
            _ when GroupStart().IsMatch(name) => SourceKind.Group,
            _ when named && name.Contains(' ', StringComparison.Ordinal) && name.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])) => SourceKind.Person,
            _ => SourceKind.Organization,
        };
    }

    private static SourceKind? KindOf(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        // Most specific first: a "Foreign Ministry spokesman" is a spokesperson, a "news agency" an outlet.
        if (Survey().IsMatch(text))
        {
            return SourceKind.Survey;
        }

        if (Recording().IsMatch(text))
        {
            return SourceKind.Recording;
        }

        if (PressConferences.IsOccasion(text))
        {
            return SourceKind.PressConference;
        }

        if (Report().IsMatch(text))
        {
            return SourceKind.Report;
        }

        if (Document().IsMatch(text))
        {
            return SourceKind.Document;
        }

        if (Spokesperson().IsMatch(text))
        {
            return SourceKind.Spokesperson;
        }

        if (Outlet().IsMatch(text))
        {
            return SourceKind.Outlet;
        }

        if (Official().IsMatch(text))
        {
            return SourceKind.Official;
        }

        return GroupStart().IsMatch(text) ? SourceKind.Group : null;
    }

    [GeneratedRegex(@"\b(?:survey|surveys|poll|polls|polling|study|studies|research|questionnaire|census)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Survey();

    [GeneratedRegex(@"\b(?:recordings?|audio|video|videos|tapes?|footage|transcripts?|recorded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recording();

    [GeneratedRegex(@"^(?:an?|the|this|that|its|their)?\s*(?:[\w-]+\s+){0,3}reports?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Report();

    [GeneratedRegex(@"\b(?:documents?|information|memos?|messages?|e-?mails?|letters?|files?|data|records?|filings?|papers?|cables?|notes?|statement|figures|statistics|minutes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Document();

    [GeneratedRegex(@"\b(?:spokesperson|spokespeople|spokesman|spokeswoman|spokesmen|spokeswomen|representative|press secretary|press officer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Spokesperson();

    [GeneratedRegex(@"\b(?:news|newspaper|outlet|media|website|magazine|journal|broadcaster|tv|television|radio|wire service|news agency|tabloid|daily|reporters?|journalists?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outlet();

    [GeneratedRegex(@"\b(?:officials?|minister|ministry|government|secretary|agency|department|embassy|president|senator|governor|mayor|ambassador|lawmakers?|legislators?|authorities|police|prosecutors?|regulators?|commission|council|parliament|congress|white house|state department|administration|chancellor|premier|diplomat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Official();

    [GeneratedRegex(@"^(?:several|some|many|most|two|three|four|five|dozens|hundreds|thousands|a group of|a number of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupStart();
}
