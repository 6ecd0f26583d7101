using System.Reflection;

namespace Bot.Slack.Tests;

/// <summary>Keeps the hand-written code honest: every async method takes its CancellationToken last.</summary>
public class ApiLintTests
{
    [Fact]
    public void AsyncMethods_TakeTheCancellationTokenLast()
    {
        var withToken = typeof(SlackOptions).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType == typeof(ValueTask)
                || (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .ToList();
        var offenders = withToken
            .Where(m => m.GetParameters()[^1].ParameterType != typeof(CancellationToken))
            .Select(m => m.DeclaringType!.Name + "." + m.Name)
            .ToList();

        Assert.Contains(withToken, m => m.Name == "PostMessageAsync");
        Assert.Empty(offenders);
    }
}
