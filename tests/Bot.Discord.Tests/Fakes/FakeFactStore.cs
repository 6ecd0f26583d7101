using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Discord.Tests.Fakes;

internal sealed class FakeFactStore : IFactStore
{
    public ArticleFacts? Current { get; set; } = new(
        new ArticleDocument("test.txt", "Invisible Accounts", new ArticleMetadata("Invisible Accounts", "Test Outlet"), []),
        new PublicationDate(ArticleDate.Parse("2022-07-29"), DateStatus.Stated, "stated in the byline"),
        [], [], [], [], []);
}
