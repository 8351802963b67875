using System.CommandLine;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Worker.Cli;

internal static class RunCommand
{
    public const string InboxKey = "Sources:Inbox:Path";

    public static Command Create(CommonOptions common)
    {
        var inbox = new Option<string?>("--inbox")
        {
            Description = "Inbox folder to watch (Sources:Inbox:Path; default 'inbox'). Finished files move to done/ or failed/.",
            HelpName = "DIR",
        };
        var command = new Command("run", "Run the worker: ingest from the configured sources (inbox folder, feeds, JSONL) until Ctrl+C or SIGTERM.")
        {
            common.Store,
            inbox,
        };
        command.SetAction((parse, cancellationToken) => CliHost.RunHostAsync(
            parse,
            common.Overrides(parse, (InboxKey, parse.GetValue(inbox))),
            async (host, token) =>
            {
                // Ctrl+C / SIGTERM cancel the token: the host stops gracefully and the run ends normally.
                await host.RunAsync(token);
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
