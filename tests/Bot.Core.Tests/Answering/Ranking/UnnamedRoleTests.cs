using Bot.Core.Answering.Ranking;
using Bot.Core.Answering.Typing;

namespace Bot.Core.Tests.Answering.Ranking;

public sealed class UnnamedRoleTests
{
    [Theory]
    [InlineData("Who was the man arrested for the fire?", "Police announced the arrest of a man in the warehouse fire.")]
    [InlineData("what's the name of the nurse who treated him", "A female nurse treated him at the scene.")]
    [InlineData("Which councillor objected to the plan?", "One councillor objected to the plan on Monday.")]
    [InlineData("which two speechwriters wrote the column", "In a column before the debate, two speechwriters urged her to bring it back.")]
    public void In_ARoleWithNoNameBesideIt_IsUnnamed(string question, string sentence) =>
        Assert.True(UnnamedRole.In(sentence, question));

    [Theory]
    [InlineData("Who was the man arrested for the fire?", "Police arrested a man, Tom Hale, after the warehouse fire.")]
    [InlineData("what's the name of the nurse who treated him", "Jane Roe, a nurse at the clinic, treated him.")]
    [InlineData("Which councillor objected to the plan?", "Councillor Ana Ruiz objected to the plan.")]
    [InlineData("who called it a dog whistle", "Lee called it a dog whistle to voters.")]
    public void In_ANamedRoleOrNoRole_IsNot(string question, string sentence) =>
        Assert.False(UnnamedRole.In(sentence, question));

    [Theory]
    [InlineData("who was the man arrested for the fire", "man")]
    [InlineData("what is the name of the alleged arsonist who fled", "arsonist")]
    [InlineData("which judge dissented on the panel", "judge")]
    [InlineData("who said the plan was reckless", null)]
    public void Role_IsTheHeadNounTheQuestionAsksToBeNamed(string question, string? role) =>
        Assert.Equal(role, UnnamedRole.Role(QuestionTokens.Of(question)));
}
