# ArticleBot: `docker build -t articlebot .` (see README.md, "Container").

# Build: the same `dotnet publish` the tests run; the published folder carries appsettings.json and seeds/.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Bot.Host -c Release -o /app

# Run: the ASP.NET Core runtime only, as the image's unprivileged "app" user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The shipped article is baked in under /app/seeds; mount another over it (or set Article__Path) to serve that one.
VOLUME ["/app/seeds"]
USER $APP_UID
# No HEALTHCHECK: the aspnet image has no curl or wget. Point the orchestrator's HTTP probe at GET /healthz.
# SIGTERM (docker stop) drains accepted answers for up to Host__ShutdownTimeoutSeconds (20 s): give docker stop -t 30.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "articlebot.dll"]
