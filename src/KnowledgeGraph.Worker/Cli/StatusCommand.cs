using System.CommandLine;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Worker.Cli;

internal static class StatusCommand
{
    public static Command Create(CommonOptions common)
    {
        var recent = CommonOptions.WholeNumber("--recent", "How many recent articles and failures to list.", defaultValue: 10, minimum: 0);
        var command = new Command("status", "Show what the store and journal hold: counts, nodes by label, relationships by type, recent articles and failures.")
        {
            common.Store,
            recent,
        };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(
            parse,
            common.Overrides(parse),
            async (services, token) =>
            {
                var journal = services.GetRequiredService<IIngestionJournal>();
                var status = await journal.GetStatusAsync(parse.GetValue(recent), services.GetRequiredService<IArticleExtractor>().Version, token);
                await SummaryWriter.WriteStatusAsync(parse.InvocationConfiguration.Output, services.GetRequiredService<SqliteGraphStore>().Description, status);
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
