using Bot.Host.Cli;

// The command line picks what runs; no command runs the bot (Hosting/BotApplication.cs).
return await BotCommandLine.InvokeAsync(args).ConfigureAwait(false);
