namespace Bot.Host.Tests.Process;

public sealed class ConsoleChatRobustnessTests
{
    [Fact]
    public async Task ConsoleChat_SurvivesOddInput_AndStillAnswersTheLastQuestion()
    {
        var odd = new[]
        {
            "/", "@", "@everyone", "/who", "/who said", "/timeline 99999", "/sources \u0000\u0001", "\uFFFD\uFFFD\uFFFD",
            new string('?', 5000), "   ", "/ask", "/help extra words", "\"unclosed", "Who is Zhao Lijian?",
        };

        var (exit, output, error) = await BotProcess.RunAsync(string.Join('\n', odd) + "\n");

        Assert.True(exit == 0, error);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Chinese Foreign Ministry spokesman", output[output.LastIndexOf("> ", output.Length - 3, StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
