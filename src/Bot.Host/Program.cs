using Bot.Host.Cli;

return await BotCommandLine.Create(args).Parse(args).InvokeAsync().ConfigureAwait(false);
