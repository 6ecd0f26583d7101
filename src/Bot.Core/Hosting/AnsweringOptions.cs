using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;

namespace Bot.Core.Hosting;

/// <summary>How questions are answered (section "Answering").</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>The name of the <see cref="IQuestionAnswerer"/> that answers free questions, as registered with
    /// <see cref="BotCoreHostingExtensions.AddQuestionAnswerer{TAnswerer}"/>; case is ignored.</summary>
    public string QuestionAnswerer { get; set; } = RankedQuestionAnswerer.Name;
}
