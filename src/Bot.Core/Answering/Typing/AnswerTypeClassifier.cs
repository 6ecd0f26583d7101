using System.Collections.Frozen;
using W = Bot.Core.Answering.Typing.AnswerTypeWords;

namespace Bot.Core.Answering.Typing;

/// <summary>Tells what kind of phrase a question wants as its answer from its words alone: the question word,
/// the noun after "what"/"which", the word after "how". Pure and allocation-light, as it runs on every question.</summary>
public static class AnswerTypeClassifier
{
    // A question word this far in still leads the question ("in the latest poll, what share ...").
    private const int LeadWindow = 7;

    /// <summary>The answer type of a question as a reader types it: any case, with or without "?", a typo or two.</summary>
    public static AnswerType Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var w = QuestionTokens.Of(question);
        if (w.Count == 0)
        {
            return AnswerType.Any;
        }

        if (AsksSource(w))
        {
            return AnswerType.Source;
        }

        if (W.Auxiliaries.Contains(w[0]))
        {
            return AnswerType.YesNo;
        }

        var q = w.FindIndex(0, Math.Min(LeadWindow, w.Count), W.QuestionWords.Contains);
        if (q < 0)
        {
            return ByNouns(w, 0) ?? AnswerType.Any;
        }

        return w[q] switch
        {
            "when" => AnswerType.Date,
            "where" => AnswerType.Place,
            "why" => AnswerType.Reason,
            "whose" => AnswerType.Person,
            "who" or "whom" => Who(w, q + 1),
            "how" => How(w, q + 1),
            _ => What(w, q + 1),
        };
    }

    private static AnswerType Who(List<string> w, int at)
    {
        var next = At(w, at);
        if (W.SourceVerbs.Contains(next))
        {
            return AnswerType.Source;
        }

        if (W.InstitutionVerbs.Contains(next) || (W.Auxiliaries.Contains(next) && W.InstitutionVerbs.Contains(At(w, at + 1))))
        {
            return AnswerType.Organisation;
        }

        if (next is not ("is" or "was" or "are" or "were") || at + 1 >= w.Count)
        {
            return AnswerType.Person;
        }

        // "who is the mayor" or "who is Kanter's boss" asks for a name; "who is Elizabeth Kanter" for what she is.
        var rest = w.Skip(at + 1).ToList();
        var asksName = rest[0] is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our"
            || rest.Contains(QuestionTokens.Possessive)
            || rest.Any(r => r.Length > 5 && r.EndsWith("ing", StringComparison.Ordinal))
            || rest.Any(W.PersonNouns.Contains);
        return asksName ? AnswerType.Person : AnswerType.Description;
    }

    private static AnswerType How(List<string> w, int at)
    {
        var next = At(w, at);
        var hasMoney = w.Skip(at).Any(W.MoneyWords.Contains);
        switch (next)
        {
            case "come":
                return AnswerType.Reason;
            case "many":
                return Many(w, at + 1);
            case "much":
                return Much(w, at + 1, hasMoney);
            case "long":
                return w.Skip(at).Any(W.MeasureUnits.Contains) ? AnswerType.Measure : AnswerType.Duration;
            case "soon" or "quickly":
                return AnswerType.Duration;
            case "often" or "frequently":
                return AnswerType.Count;
            case "far" when w.Contains("behind") || w.Contains("ahead"):
                return AnswerType.Percent;
            case "percent" or "percentage":
                return AnswerType.Percent;
        }

        if (W.MeasureAdjectives.Contains(next))
        {
            // "how big was the fund's stake": a share, whatever money the question names.
            return next is "big" or "large" && w.Skip(at).Any(W.PercentNouns.Contains) ? AnswerType.Percent
                : hasMoney && next is not "old" ? AnswerType.Money : AnswerType.Measure;
        }

        if (W.Auxiliaries.Contains(next))
        {
            return w.Skip(at + 1).Any(Describes) ? AnswerType.Quote : AnswerType.Reason;
        }

        return AnswerType.Any;
    }

    private static bool Describes(string word) =>
        word is "describe" or "described" or "call" or "called" or "characterise" or "characterize" or "characterised"
            or "characterized" or "react" or "reacted" or "respond" or "responded" or "reply" or "replied" or "sum" or "label";

    private static AnswerType Many(List<string> w, int at)
    {
        var window = w.Skip(at).Take(3).ToList();
        if (window.Any(W.TimeUnits.Contains))
        {
            return w.Contains("ago") ? AnswerType.Date : AnswerType.Duration;
        }

        if (window.Any(W.MeasureUnits.Contains))
        {
            return AnswerType.Measure;
        }

        return window.Any(x => x is "percent" or "percentage" or "%") ? AnswerType.Percent : AnswerType.Count;
    }

    private static AnswerType Much(List<string> w, int at, bool hasMoney)
    {
        var next = At(w, at);
        if (next == "of")
        {
            return AnswerType.Percent;
        }

        if (hasMoney)
        {
            return AnswerType.Money;
        }

        if (W.Comparatives.Contains(next) || w.Skip(at).Any(x => W.MeasureUnits.Contains(x) || W.PhysicalNouns.Contains(x)))
        {
            return AnswerType.Measure;
        }

        if (next is "support" or "percent" or "share" || (at >= 3 && w[at - 3] == "by"))
        {
            return AnswerType.Percent;
        }

        return AnswerType.Money;
    }

    private static AnswerType What(List<string> w, int at)
    {
        var next = At(w, at);
        if (next is "caused" or "causes" or "cause" or "led" or "prompted" or "triggered" or "sparked" or "motivated" or "drove")
        {
            return AnswerType.Reason;
        }

        if (W.Auxiliaries.Contains(next) && next is not ("is" or "was" or "are" or "were"))
        {
            // "what did X say/cost/do": the verb after the subject decides.
            var verbs = w.Skip(at + 1).ToList();
            if (verbs.Any(v => v is "cost" or "costs" or "pay" or "paid" or "spend" or "spent" or "charge" or "charged" or "owe" or "owed" or "earn" or "earned"))
            {
                return AnswerType.Money;
            }

            if (verbs.Any(W.SayingVerbs.Contains))
            {
                return AnswerType.Quote;
            }

            if (verbs.Count > 0 && verbs[^1] == "do" && verbs.Count <= 3)
            {
                return AnswerType.Description;
            }

            return ByNouns(w, at) ?? AnswerType.Any;
        }

        return ByNouns(w, at) ?? (w.Skip(at).Any(W.QuoteNouns.Contains) ? AnswerType.Quote : AnswerType.Any);
    }

    // The first noun near the question word that names a kind of answer: "what share", "which newspaper", "what is X's job".
    private static AnswerType? ByNouns(List<string> w, int at)
    {
        var end = Math.Min(w.Count, at + 7);
        for (var i = at; i < end; i++)
        {
            var word = w[i];
            if (i + 1 < w.Count && w[i + 1] == QuestionTokens.Possessive)
            {
                // "the minister's job": the owner is not the kind asked for, the noun after it is.
                continue;
            }

            // "what's the name of the officer who ...", "melanie's last name": the named thing's kind, else a person.
            if (word == "name")
            {
                return ByNouns(w, i + 1) ?? AnswerType.Person;
            }

            if (W.TimedWords.Contains(word) && At(w, i + 1) is "time" or "times")
            {
                return AnswerType.Duration;
            }

            var type = OfNoun(word) ?? (Singular(word) is { } one ? OfNoun(one) : null);
            if (type is { } found)
            {
                return found;
            }

            // Past the noun phrase, a verb or a clause starts; its words are not the answer's kind.
            if (i > at && W.Auxiliaries.Contains(word) && i + 1 < end && !Is(W.Skippable, w[i + 1]))
            {
                break;
            }
        }

        return null;
    }

    // "airports", "counties": the lists hold the singular of most nouns.
    private static string? Singular(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : null;

    private static AnswerType? OfNoun(string word) =>
            word switch
            {
                _ when W.DateNouns.Contains(word) => AnswerType.Date,
                _ when W.DurationNouns.Contains(word) => AnswerType.Duration,
                _ when W.PercentNouns.Contains(word) || word.EndsWith('%') => AnswerType.Percent,
                _ when W.MoneyNouns.Contains(word) => AnswerType.Money,
                _ when W.CountNouns.Contains(word) => AnswerType.Count,
                _ when W.MeasureUnits.Contains(word) => AnswerType.Measure,
                _ when W.ReasonNouns.Contains(word) => AnswerType.Reason,
                _ when W.RoleNouns.Contains(word) => AnswerType.Description,
                _ when W.SourceNouns.Contains(word) => AnswerType.Source,
                _ when W.OrganisationNouns.Contains(word) => AnswerType.Organisation,
                _ when W.PlaceNouns.Contains(word) => AnswerType.Place,
                _ when W.PersonNouns.Contains(word) => AnswerType.Person,
                _ => (AnswerType?)null,
            };

    private static bool AsksSource(List<string> w)
    {
        var according = w.IndexOf("according");
        if (according >= 0 && At(w, according + 1) == "to" && At(w, according + 2) is "whom" or "who" or "what" or "which")
        {
            return true;
        }

        if ((w.Contains("source") || w.Contains("sources")) && w.Take(3).Any(x => x is "who" or "what" or "which" or "whats"))
        {
            return true;
        }

        var from = w.IndexOf("from");
        if (from > 0 && w[from - 1] is "come" or "comes" or "came" && w.Take(from).Any(W.InformationNouns.Contains))
        {
            return true;
        }

        // "how do we know that ...": the question is about evidence.
        var how = w.IndexOf("how");
        return how is 0 && w.Count > 3 && W.Auxiliaries.Contains(w[1]) && w.Take(5).Contains("know");
    }

    private static bool Is(FrozenSet<string> set, string word) => set.Contains(word);

    private static string At(List<string> w, int i) => i >= 0 && i < w.Count ? w[i] : string.Empty;
}
