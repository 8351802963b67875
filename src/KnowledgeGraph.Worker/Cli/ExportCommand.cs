using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Export;
using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Worker.Cli;

internal static class ExportCommand
{
    public static Command Create(CommonOptions common)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl: a directory with nodes.jsonl and relationships.jsonl; cypher: one file of parameter-free MERGE statements.",
            Required = true,
        };
        format.AcceptOnlyFromAmong("jsonl", "cypher");
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output directory (jsonl) or file (cypher).",
            HelpName = "PATH",
            Required = true,
        };
        var command = new Command("export", "Export the embedded store's graph, byte-for-byte reproducible.")
        {
            format,
            output,
            common.Store,
        };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(
            parse,
            common.Overrides(parse),
            async (services, token) =>
            {
                var name = parse.GetRequiredValue(format);
                var exporter = services.GetServices<IGraphExporter>().Single(e => string.Equals(e.Format, name, StringComparison.OrdinalIgnoreCase));
                var summary = await exporter.ExportAsync(services.GetRequiredService<IGraphReader>(), parse.GetRequiredValue(output), token);
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Exported {summary.Nodes} nodes and {summary.Relationships} relationships to {string.Join(", ", summary.Files)}"));
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
