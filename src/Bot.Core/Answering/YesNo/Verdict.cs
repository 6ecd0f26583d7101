namespace Bot.Core.Answering.YesNo;

/// <summary>What a sentence says to a yes/no question.</summary>
internal enum Verdict
{
    Yes,
    No,
}
