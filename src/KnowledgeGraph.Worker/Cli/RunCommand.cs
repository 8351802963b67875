using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Microsoft.Extensions.DependencyInjection;

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
        command.SetAction(async (parse, cancellationToken) =>
        {
            var overrides = common.Overrides(parse, (InboxKey, parse.GetValue(inbox)));
            try
            {
                using var host = CliHost.Build(overrides);
                _ = host.Services.GetService<MeterProvider>();
                await host.RunAsync(cancellationToken);
                return ExitCodes.Success;
            }
            catch (OptionsValidationException ex)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"configuration error: {string.Join(" ", ex.Failures)}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
