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
                var target = parse.GetRequiredValue(output);
                var exporter = services.GetServices<IGraphExporter>().Single(e => string.Equals(e.Format, name, StringComparison.OrdinalIgnoreCase));
                ExportSummary summary;
                try
                {
                    summary = await exporter.ExportAsync(services.GetRequiredService<IGraphReader>(), target, token);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The output, not the store: name the path and what the file system said.
                    var expected = string.Equals(name, "jsonl", StringComparison.OrdinalIgnoreCase) ? "a directory" : "a file";
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: cannot write the export to '{target}' ({expected}): {ex.Message}");
                    return ExitCodes.Failed;
                }

                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Exported {summary.Nodes} nodes and {summary.Relationships} relationships to {string.Join(", ", summary.Files)}"));
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
