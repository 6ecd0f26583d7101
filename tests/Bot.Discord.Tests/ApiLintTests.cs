using System.Reflection;
using System.Runtime.CompilerServices;

namespace Bot.Discord.Tests;

/// <summary>Keeps the hand-written code honest: cancellation tokens come last in every async method.</summary>
public sealed class ApiLintTests
{
    public static TheoryData<string> AsyncMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in Methods().Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal)))
            data.Add(Name(method));
        return data;
    }

    [Theory]
    [MemberData(nameof(AsyncMethods))]
    public void AsyncMethod_TakesItsCancellationTokenLast(string name)
    {
        var method = Methods().Single(m => Name(m) == name);
        var parameters = method.GetParameters();
        var tokens = parameters.Select((p, i) => (p, i)).Where(x => x.p.ParameterType == typeof(CancellationToken)).ToList();

        Assert.True(tokens.Count <= 1, $"{name} takes {tokens.Count} cancellation tokens");
        if (tokens.Count == 1)
            Assert.Equal(parameters.Length - 1, tokens[0].i);
    }

    [Fact]
    public void RestClient_EveryCallIsCancellable()
    {
        var calls = typeof(Bot.Discord.Rest.DiscordRestClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.NotEmpty(calls);
        Assert.All(calls, m => Assert.Equal(typeof(CancellationToken), m.GetParameters()[^1].ParameterType));
    }

    private static IEnumerable<MethodInfo> Methods() =>
        typeof(DiscordOptions).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)) && t.Namespace?.StartsWith("Bot.Discord", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsDefined(typeof(CompilerGeneratedAttribute)) && !m.Name.Contains('<', StringComparison.Ordinal) && !m.IsSpecialName);

    private static string Name(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(",", method.GetParameters().Select(p => p.ParameterType.Name))})";
}
