using System.Text;
using Bot.Adapters;

namespace Bot.Adapters.Tests;

public class WireTextTests
{
    [Theory]
    [InlineData("""{"type":1}""")]
    [InlineData("""{"text":"caf\u00e9 \ud83d\ude00 ok"}""")]
    [InlineData("""["\u0041"]""")]
    [InlineData("""{not json""")]
    public void JsonProblem_IsNullForReadableTextAndForBrokenJson(string json) =>
        Assert.Null(WireText.JsonProblem(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("""{"value":"\ud800"}""")]
    [InlineData("""{"value":"\udfff"}""")]
    [InlineData("""{"value":"a\ud83dz"}""")]
    [InlineData("""{"\ud800":1}""")]
    [InlineData("""{"a":{"b":[{"c":"\ud800"}]}}""")]
    public void JsonProblem_NamesALoneSurrogate(string json) =>
        Assert.Contains("surrogate", WireText.JsonProblem(Encoding.UTF8.GetBytes(json)), StringComparison.Ordinal);

    [Fact]
    public void JsonProblem_NamesInvalidUtf8() =>
        Assert.NotNull(WireText.JsonProblem([.. "{\"a\":\""u8, 0xFF, .. "\"}"u8]));

    [Theory]
    [InlineData("command=%2Farticle&text=caf%C3%A9", true)]
    [InlineData("text=100%&x=%zz", true)]
    [InlineData("text=%F0%9F%98%80", true)]
    [InlineData("text=%ED%A0%80", false)]
    [InlineData("text=%FF", false)]
    [InlineData("text=%C3", false)]
    public void IsUtf8Form_RefusesEncodedBytesThatAreNotUtf8(string form, bool expected) =>
        Assert.Equal(expected, WireText.IsUtf8Form(Encoding.ASCII.GetBytes(form)));
}
