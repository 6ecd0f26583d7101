namespace Bot.Core.Language;

/// <summary>What a verb does for the rules that read it. Each flag is one use: a rule takes the forms of the
/// rows that carry its flag, so a new verb joins a rule by gaining the flag, not by an edit to the rule.</summary>
[Flags]
internal enum VerbProperty
{
    None = 0,

    /// <summary>A finite form opens an attribution frame: a speaker on one side, the content on the other.</summary>
    Cue = 1 << 0,

    /// <summary>Speaking proper: it may share an earlier subject ("and said") or put it after ("said Smith").</summary>
    Speech = 1 << 1,

    /// <summary>Takes an addressee before the reported clause ("told reporters that").</summary>
    Addressee = 1 << 2,

    /// <summary>Its -ing form after a comma reports a further statement ("..., adding that").</summary>
    Participle = 1 << 3,

    /// <summary>Its participle in "was criticized by X" makes X a source.</summary>
    Passive = 1 << 4,

    /// <summary>A dialogue tag: a name and this verb after a quotation or a title period continue the sentence.</summary>
    DialogueTag = 1 << 5,

    /// <summary>A name right before its past form is likely a speaker, not part of a longer name.</summary>
    NamesSpeaker = 1 << 6,

    /// <summary>Its base and -s forms are rarely read as nouns, so lists wary of nouns ("states", "claims") take them too.</summary>
    Present = 1 << 7,

    /// <summary>Its content is a whole proposition, so "According to X, ..." keeps its meaning.</summary>
    Proposition = 1 << 8,

    /// <summary>Understood in "Who said ...?" questions.</summary>
    AskedWho = 1 << 9,

    /// <summary>Understood in "What did X say?" questions.</summary>
    AskedWhat = 1 << 10,

    /// <summary>Adds nothing to saying, so a question with it asks for the words alone.</summary>
    PlainSaying = 1 << 11,

    /// <summary>Marks a sentence as a report when ranking evidence.</summary>
    Reports = 1 << 12,

    /// <summary>What a document or a survey does with its findings ("A report showed").</summary>
    Shows = 1 << 13,

    /// <summary>Its participle in "was published by X" names who a statement comes from.</summary>
    PassiveAgent = 1 << 14,

    /// <summary>Its past form after a name or a role makes that the speaker when guessing one.</summary>
    SpeakerBefore = 1 << 15,

    /// <summary>Its bare form is a cue too ("officials warn"); most bare forms are read as nouns or infinitives.</summary>
    BareCue = 1 << 16,

    /// <summary>Takes a stand against its object ("denied that", "criticized the plan"): the source disputes it, never backs it.</summary>
    Opposes = 1 << 17,

    /// <summary>Takes a stance toward its object ("backed the bill", "voted for it"): what it reports is the object on
    /// its right, never a clause before its subject, so "After the hearing, Lee voted for it" reports "for it".</summary>
    Stance = 1 << 18,
}
