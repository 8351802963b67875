using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the graph as a Cypher script that <c>cypher-shell -f</c> or Neo4j Browser runs on an empty or existing
/// database to produce the same graph, idempotently: uniqueness constraints and the event facts' <c>article</c>
/// indexes first, then nodes MERGEd on their key, then relationships MERGEd between keyed nodes — an event fact on its
/// <c>article</c> key (one relationship per article and pair), MENTIONS and LOCATED_IN once per pair — in UNWIND batches of at most
/// <see cref="RowsPerStatement"/> literal rows. A row is one node or one article's fact, so no statement grows with
/// the number of articles reporting an event, and the writer holds one batch at a time.
/// Labels and types are checked against <see cref="GraphVocabulary"/>; every value is an escaped literal.
/// </summary>
public sealed class CypherGraphExporter : IGraphExporter
{
    public string Format => "cypher";

    /// <summary>Rows per UNWIND statement: large enough to be fast, small enough for a Browser paste.</summary>
    public const int RowsPerStatement = 250;

    public async Task<ExportSummary> ExportAsync(IGraphReader reader, string outputPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var temporary = outputPath + ".tmp";
        long nodes = 0;
        long relationships = 0;
        var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync("// KnowledgeGraph export: run with `cypher-shell -f <file>` or in Neo4j Browser.".AsMemory(), cancellationToken).ConfigureAwait(false);
            await writer.WriteLineAsync("// Idempotent: constraints first, then nodes MERGEd on `key`, then relationships MERGEd between keyed nodes.".AsMemory(), cancellationToken).ConfigureAwait(false);
            await writer.WriteLineAsync().ConfigureAwait(false);
            foreach (var label in AllNodeLabels())
            {
                await writer.WriteLineAsync(ConstraintStatement(label).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            foreach (var type in GraphVocabulary.RelationshipTypes.Select(t => t.ToGraphType()))
            {
                await writer.WriteLineAsync(FactIndexStatement(type).AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            var batch = new Batch();
            await foreach (var node in reader.ReadNodesAsync(cancellationToken).ConfigureAwait(false))
            {
                var label = CheckedSingleLabel(node);
                var key = new BatchKey(label, "", "");
                if (batch.Key != key || batch.Rows.Count >= RowsPerStatement)
                {
                    await FlushAsync(writer, batch, cancellationToken).ConfigureAwait(false);
                    batch.Key = key;
                }

                batch.Rows.Add(string.Concat("{key: ", Literal(node.Id), ", properties: ", MapLiteral(node.Properties), "}"));
                nodes++;
            }

            await FlushAsync(writer, batch, cancellationToken).ConfigureAwait(false);

            // Relationships arrive sorted by type, so only the endpoint labels vary within a type: one open batch per
            // label pair keeps statements large while memory stays bounded by the number of label pairs.
            var open = new Dictionary<BatchKey, Batch>();
            string? currentType = null;
            await foreach (var relationship in reader.ReadRelationshipsAsync(cancellationToken).ConfigureAwait(false))
            {
                var type = CheckedType(relationship.Type);
                if (!string.Equals(currentType, type, StringComparison.Ordinal))
                {
                    await FlushAllAsync(writer, open, cancellationToken).ConfigureAwait(false);
                    currentType = type;
                }

                var key = new BatchKey(LabelOfNode(relationship.Start), type, LabelOfNode(relationship.End));
                if (!open.TryGetValue(key, out var pending))
                {
                    pending = new Batch { Key = key };
                    open[key] = pending;
                }

                pending.Rows.Add(string.Concat(
                    "{start: ", Literal(relationship.Start), ", end: ", Literal(relationship.End), ", properties: ", MapLiteral(relationship.Properties), "}"));
                relationships++;
                if (pending.Rows.Count >= RowsPerStatement)
                {
                    await FlushAsync(writer, pending, cancellationToken).ConfigureAwait(false);
                }
            }

            await FlushAllAsync(writer, open, cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, outputPath, overwrite: true);
        return new ExportSummary(nodes, relationships, [outputPath]);
    }

    /// <summary>A Cypher string literal: single-quoted, with backslash, quote and control characters escaped.</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '\'': builder.Append(@"\'"); break;
                case '\n': builder.Append(@"\n"); break;
                case '\r': builder.Append(@"\r"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\b': builder.Append(@"\b"); break;
                case '\f': builder.Append(@"\f"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('\'').ToString();
    }

    private static IEnumerable<string> AllNodeLabels() =>
        GraphVocabulary.EntityLabels.Select(l => l.ToGraphLabel()).Prepend(GraphVocabulary.ArticleLabel);

    private static string ConstraintStatement(string label) =>
        $"CREATE CONSTRAINT {label.ToLowerInvariant()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.{GraphProperties.Key} IS UNIQUE;";

    private static string FactIndexStatement(string type) =>
        $"CREATE INDEX {type.ToLowerInvariant()}_{GraphProperties.Article} IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.{GraphProperties.Article});";

    private static string CheckedSingleLabel(GraphNode node)
    {
        if (node.Labels.Count != 1 || !GraphVocabulary.IsNodeLabel(node.Labels[0]))
        {
            throw new InvalidOperationException($"Node '{node.Id}' has labels [{string.Join(", ", node.Labels)}], not one label of the whitelist.");
        }

        return node.Labels[0];
    }

    private static string CheckedType(string type) =>
        GraphVocabulary.IsRelationshipType(type)
            ? type
            : throw new InvalidOperationException($"Relationship type '{type}' is not in the whitelist.");

    private static string LabelOfNode(string nodeId)
    {
        if (nodeId.StartsWith(NodeIds.ArticlePrefix, StringComparison.Ordinal))
        {
            return GraphVocabulary.ArticleLabel;
        }

        return NodeIds.LabelOf(nodeId)?.ToGraphLabel()
            ?? throw new InvalidOperationException($"Node id '{nodeId}' does not name a whitelisted label.");
    }

    private static string MapLiteral(SortedDictionary<string, object> properties)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (name, value) in properties)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(PropertyName(name)).Append(": ").Append(ValueLiteral(value));
        }

        return builder.Append('}').ToString();
    }

    private static string PropertyName(string name)
    {
        var simple = name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
        return simple ? name : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
    }

    private static string ValueLiteral(object value) => value switch
    {
        string text => Literal(text),
        long number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number when double.IsFinite(number) => FormatDouble(number),
        bool flag => flag ? "true" : "false",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(ValueLiteral)) + "]",
        _ => throw new NotSupportedException($"Property values of type {value.GetType().Name} cannot be exported to Cypher."),
    };

    private static string FormatDouble(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static async Task FlushAllAsync(StreamWriter writer, Dictionary<BatchKey, Batch> open, CancellationToken cancellationToken)
    {
        foreach (var key in open.Keys.OrderBy(k => k.StartLabel, StringComparer.Ordinal).ThenBy(k => k.EndLabel, StringComparer.Ordinal))
        {
            await FlushAsync(writer, open[key], cancellationToken).ConfigureAwait(false);
        }

        open.Clear();
    }

    private static async Task FlushAsync(StreamWriter writer, Batch batch, CancellationToken cancellationToken)
    {
        if (batch.Rows.Count == 0)
        {
            return;
        }

        var key = batch.Key;
        await writer.WriteLineAsync().ConfigureAwait(false);
        await writer.WriteLineAsync("UNWIND [".AsMemory(), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < batch.Rows.Count; i++)
        {
            await writer.WriteAsync("  ".AsMemory(), cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(batch.Rows[i].AsMemory(), cancellationToken).ConfigureAwait(false);
            await writer.WriteLineAsync((i + 1 < batch.Rows.Count ? "," : "").AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        // Event facts are one relationship per article between the same pair: MERGE on the article key keeps them apart.
        // MENTIONS and LOCATED_IN are one per pair.
        var relationshipKey = GraphVocabulary.IsStructuralType(key.Type) ? "" : $" {{{GraphProperties.Article}: row.properties.{GraphProperties.Article}}}";
        var tail = key.Type.Length == 0
            ? $"] AS row\nMERGE (n:{key.StartLabel} {{{GraphProperties.Key}: row.key}})\nSET n += row.properties;"
            : $"] AS row\nMATCH (s:{key.StartLabel} {{{GraphProperties.Key}: row.start}})\nMATCH (e:{key.EndLabel} {{{GraphProperties.Key}: row.end}})\nMERGE (s)-[r:{key.Type}{relationshipKey}]->(e)\nSET r += row.properties;";
        await writer.WriteLineAsync(tail.AsMemory(), cancellationToken).ConfigureAwait(false);
        batch.Rows.Clear();
    }

    private readonly record struct BatchKey(string StartLabel, string Type, string EndLabel);

    private sealed class Batch
    {
        public BatchKey Key { get; set; }

        public List<string> Rows { get; } = [];
    }
}
