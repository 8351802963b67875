using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Export;

/// <summary>Writes the whole graph of a reader to files in one format.</summary>
public interface IGraphExporter
{
    /// <summary>The <c>--format</c> value that selects this exporter ("jsonl", "cypher").</summary>
    string Format { get; }

    /// <summary>Exports to <paramref name="outputPath"/>: a directory (jsonl) or a file (cypher).</summary>
    Task<ExportSummary> ExportAsync(IGraphReader reader, string outputPath, CancellationToken cancellationToken);
}
