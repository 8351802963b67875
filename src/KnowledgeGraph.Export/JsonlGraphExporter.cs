using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the graph as <c>nodes.jsonl</c> and <c>relationships.jsonl</c> (the export contract other tools depend on):
/// one object a line, in the reader's stable order, properties in ordinal order, so the same graph always exports to
/// the same bytes. Files are written to a temporary name and moved into place, so a reader never sees half an export.
/// </summary>
public sealed class JsonlGraphExporter : IGraphExporter
{
    public string Format => "jsonl";

    public const string NodesFileName = "nodes.jsonl";
    public const string RelationshipsFileName = "relationships.jsonl";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keeps non-ASCII names readable; the output is data files, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public async Task<ExportSummary> ExportAsync(IGraphReader reader, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        Directory.CreateDirectory(outputPath);
        var nodesPath = Path.Combine(outputPath, NodesFileName);
        var relationshipsPath = Path.Combine(outputPath, RelationshipsFileName);

        var nodes = await WriteLinesAsync(nodesPath, reader.ReadNodesAsync(cancellationToken), WriteNode, cancellationToken).ConfigureAwait(false);
        var relationships = await WriteLinesAsync(relationshipsPath, reader.ReadRelationshipsAsync(cancellationToken), WriteRelationship, cancellationToken).ConfigureAwait(false);
        return new ExportSummary(nodes, relationships, [nodesPath, relationshipsPath]);
    }

    private static void WriteNode(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("id", node.Id);
        writer.WriteStartArray("labels");
        foreach (var label in node.Labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        WriteProperties(writer, node.Properties);
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, GraphRelationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("type", relationship.Type);
        writer.WriteString("start", relationship.Start);
        writer.WriteString("end", relationship.End);
        WriteProperties(writer, relationship.Properties);
        writer.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter writer, SortedDictionary<string, object> properties)
    {
        writer.WriteStartObject("properties");
        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item!);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"Property values of type {value.GetType().Name} cannot be exported.");
        }
    }

    private static async Task<long> WriteLinesAsync<T>(
        string path,
        IAsyncEnumerable<T> items,
        Action<Utf8JsonWriter, T> write,
        CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        long count = 0;
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 14);
            await using var writer = new Utf8JsonWriter(buffer, WriterOptions);
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                write(writer, item);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                writer.Reset();
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                stream.WriteByte((byte)'\n');
                buffer.ResetWrittenCount();
                count++;
            }

            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
        return count;
    }
}
