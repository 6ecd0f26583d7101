using Bot.Core.Answering;
using Bot.Slack.Rendering;
using Bot.Slack.Wire;

namespace Bot.Slack.Handling;

/// <summary>Work acknowledged to Slack and finished by the worker.</summary>
internal abstract record SlackWork;

/// <summary>A mention to answer in its thread.</summary>
internal sealed record MentionWork(string Channel, string Ts, string ThreadTs, BotRequest Request) : SlackWork;

/// <summary>A slash command answer that was not ready in time; posted to response_url when it is.</summary>
internal sealed record PendingAnswerWork(Task<Answer> Answer, string ResponseUrl, RenderOptions Options) : SlackWork;

/// <summary>A notice only the user sees (chat.postEphemeral), such as "you are over the rate limit".</summary>
internal sealed record NoticeWork(string Channel, string User, string Text, string? ThreadTs) : SlackWork;

/// <summary>A "Share in channel" click: the same request answered again, posted in the channel.</summary>
internal sealed record ShareWork(ShareValue Share, string ResponseUrl, string? UserId) : SlackWork;
