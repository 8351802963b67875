using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Derives what many articles share (entity names and aliases) from the stored per-article facts. <c>ingest</c> runs it
/// at the end; a long-running worker's graph in Neo4j gets it from this verb (after a bulk load, or on a schedule).
/// The embedded store derives on read, so there it has nothing to do.
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("summarize", "Derive entity names and aliases again from every article's mentions (Neo4j; the embedded store derives them on read).")
        {
            common.Store,
        };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(
            parse,
            common.Overrides(parse),
            async (services, token) =>
            {
                var sink = services.GetRequiredService<IGraphSink>();
                await sink.InitializeAsync(token);
                var updated = await sink.SummarizeAsync(token);
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"Summarized {sink.Description}: {updated} entit(ies) derived again"));
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
