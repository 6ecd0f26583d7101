using System.Reflection;
using System.Runtime.CompilerServices;

namespace Bot.Host.Tests.Lint;

/// <summary>Keeps the hand-written code of every Bot assembly honest: an async method takes at most one
/// cancellation token, and last; every call of a platform API client can be cancelled.</summary>
public sealed class ApiLintTests
{
    private static readonly Lazy<IReadOnlyList<Assembly>> BotAssemblies = new(LoadBotAssemblies);

    public static TheoryData<string> AsyncMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in Methods().Where(IsAsync))
        {
            data.Add(Name(method));
        }

        return data;
    }

    [Fact]
    public void Lint_CoversEveryBotAssembly()
    {
        var names = BotAssemblies.Value.Select(a => a.GetName().Name).ToList();

        Assert.Contains("Bot.Core", names);
        Assert.Contains("Bot.Discord", names);
        Assert.Contains("Bot.Slack", names);
        Assert.Contains("articlebot", names);
    }

    [Theory]
    [MemberData(nameof(AsyncMethods))]
    public void AsyncMethod_TakesItsCancellationTokenLast(string name)
    {
        var method = Methods().First(m => Name(m) == name);
        var parameters = method.GetParameters();
        var tokens = parameters.Select((p, i) => (p, i)).Where(x => x.p.ParameterType == typeof(CancellationToken)).ToList();

        Assert.True(tokens.Count <= 1, $"{name} takes {tokens.Count} cancellation tokens");
        if (tokens.Count == 1)
        {
            Assert.Equal(parameters.Length - 1, tokens[0].i);
        }
    }

    [Fact]
    public void ApiClients_EveryCallIsCancellable()
    {
        var calls = BotAssemblies.Value
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("ApiClient", StringComparison.Ordinal) || t.Name.EndsWith("RestClient", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(IsAsync)
            .ToList();

        Assert.True(calls.Count >= 2, "expected the Discord and Slack API clients");
        Assert.All(calls, m => Assert.True(m.GetParameters() is [.., var last] && last.ParameterType == typeof(CancellationToken), $"{Name(m)} cannot be cancelled"));
    }

    private static bool IsAsync(MethodInfo m) =>
        typeof(Task).IsAssignableFrom(m.ReturnType) || m.ReturnType.Name.StartsWith("ValueTask", StringComparison.Ordinal);

    private static IEnumerable<MethodInfo> Methods() =>
        BotAssemblies.Value
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !t.Name.Contains('<', StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsDefined(typeof(CompilerGeneratedAttribute)) && !m.Name.Contains('<', StringComparison.Ordinal) && !m.IsSpecialName);

    // Every Bot.* assembly the host ships (and the host itself, "articlebot"), found beside the test so a new
    // project is linted without editing this list.
    private static IReadOnlyList<Assembly> LoadBotAssemblies() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "Bot.*.dll")
            .Append(Path.Combine(AppContext.BaseDirectory, "articlebot.dll"))
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not null && !name.EndsWith(".Tests", StringComparison.Ordinal))
            .Select(name => Assembly.Load(new AssemblyName(name!)))
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToList();

    private static string Name(MethodInfo method) =>
        $"{method.DeclaringType!.FullName}.{method.Name}({string.Join(",", method.GetParameters().Select(p => p.ParameterType.Name))})";
}
