using Bot.Core.Articles;

var article = ArticleLoader.Load(args.Length > 0 ? args[0] : "seeds/bloomberg-tiktok-invisible-accounts.txt");
Console.WriteLine(article.Title);
