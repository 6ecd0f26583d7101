namespace Bot.Core.Hosting;

/// <summary>One registered question answerer's name: the key it is resolved by.</summary>
internal sealed record QuestionAnswererName(string Name);
