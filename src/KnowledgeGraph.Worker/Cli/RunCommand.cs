using System.CommandLine;
using KnowledgeGraph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
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
                // Ctrl+C / SIGTERM cancel the token: the host stops gracefully and the run ends normally. (Taken before:
                // RunAsync disposes the host.)
                var outcome = host.Services.GetRequiredService<WorkerOutcome>();
                await host.RunAsync(token);

                // The worker stops the host itself only when the graph store refuses all work (it logged why).
                if (outcome.Failure is { } failure)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {failure}");
                    return ExitCodes.Failed;
                }

                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
