using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

/// <summary>How /who introduces an entity of each kind.</summary>
public sealed class EntityDescriptionTests
{
    [Theory]
    [InlineData(EntityKind.Person, new string[0], "Odran Vell (person).")]
    [InlineData(EntityKind.Product, new[] { "a ride-sharing app" }, "Odran Vell (product): a ride-sharing app.")]
    [InlineData(EntityKind.Product, new string[0], "Odran Vell (product).")]
    [InlineData(EntityKind.Unknown, new string[0], "Odran Vell (kind unclear).")]
    [InlineData(EntityKind.Unknown, new[] { "a partner of the port" }, "Odran Vell: a partner of the port.")]
    public void Describe_NamesTheKindOnlyWhereItSaysSomething(EntityKind kind, string[] descriptions, string expected) =>
        Assert.Equal(expected, WhoAnswers.Describe(new Entity("Odran Vell", kind, [], descriptions, [])));

    [Theory]
    [InlineData(EntityKind.Person, "person")]
    [InlineData(EntityKind.Organization, "organisation")]
    [InlineData(EntityKind.Place, "place")]
    [InlineData(EntityKind.Group, "group")]
    [InlineData(EntityKind.Product, "product")]
    [InlineData(EntityKind.Unknown, "kind unclear")]
    public void Kind_HasAWordForEveryKind(EntityKind kind, string word) =>
        Assert.Equal(word, Phrasing.Kind(kind));
}
