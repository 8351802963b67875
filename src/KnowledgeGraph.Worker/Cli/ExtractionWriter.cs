using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Shows what the extractor found in one article, as readable text or as one JSON object a line. Both list entities
/// by label (vocabulary order) then name, and relationships by sentence, type and endpoints, so the same article
/// always prints the same way whatever order the extractor produced them in.
/// </summary>
internal sealed class ExtractionWriter(TextWriter output, bool json)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Keeps non-ASCII names readable, as the jsonl export does; the output is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly ArrayBufferWriter<byte> buffer = new(1 << 14);

    public async Task WriteAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entities = graph.Entities
            .OrderBy(e => e.Entity.Label)
            .ThenBy(e => e.Entity.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Entity.Id, StringComparer.Ordinal)
            .ToList();
        var relationships = graph.Relationships
            .OrderBy(r => r.SentenceIndex)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.StartId, StringComparer.Ordinal)
            .ThenBy(r => r.EndId, StringComparer.Ordinal)
            .ThenBy(r => r.Trigger, StringComparer.Ordinal)
            .ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToList();

        var text = json
            ? ToJsonLine(graph.Article, entities, relationships)
            : ToText(graph.Article, entities, relationships);
        await output.WriteAsync(text.AsMemory(), cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private static string ToText(Article article, List<ArticleEntity> entities, List<ExtractedRelationship> relationships)
    {
        var text = new StringBuilder();
        text.Append(Invariant, $"Article {article.Id}  [{article.NodeId}]").AppendLine();
        AppendField(text, "title", article.Title);
        AppendField(text, "date", FormatDate(article.Published));
        AppendField(text, "url", article.Url);
        AppendField(text, "source", article.Source);
        AppendField(text, "from", article.Origin);

        text.Append(Invariant, $"Entities ({entities.Count})").AppendLine();
        if (entities.Count == 0)
        {
            text.AppendLine("  (none)");
        }

        foreach (var group in entities.GroupBy(e => e.Entity.Label))
        {
            text.Append("  ").AppendLine(group.Key.ToGraphLabel());
            foreach (var (entity, mentions) in group)
            {
                text.Append(Invariant, $"    {entity.Name}  [{entity.Id}]  mentions: {mentions}");
                if (entity.Country is not null)
                {
                    text.Append("  in: ").Append(entity.Country);
                }

                var aliases = SortedAliases(entity);
                if (aliases.Count > 0)
                {
                    text.Append("  aliases: ").AppendJoin(", ", aliases);
                }

                text.AppendLine();
            }
        }

        text.Append(Invariant, $"Relationships ({relationships.Count})").AppendLine();
        if (relationships.Count == 0)
        {
            text.AppendLine("  (none)");
        }

        var names = DisplayNames(entities);
        foreach (var relationship in relationships)
        {
            // MET is stored undirected, so it is drawn without an arrow rather than suggesting who met whom.
            var arrow = relationship.Type.IsSymmetric() ? "-" : "->";
            var start = names.GetValueOrDefault(relationship.StartId, relationship.StartId);
            var end = names.GetValueOrDefault(relationship.EndId, relationship.EndId);
            text.Append(Invariant, $"  ({start})-[:{relationship.Type.ToGraphType()}]{arrow}({end})  {FormatDate(relationship.EventDate) ?? "undated"}").AppendLine();
            text.Append(Invariant, $"      sentence {relationship.SentenceIndex}: {OneLine(relationship.Evidence)}").AppendLine();
            text.Append(Invariant, $"      trigger: {OneLine(relationship.Trigger)}").AppendLine();
            text.Append(Invariant, $"      rule: {relationship.Rule ?? "(none)"}").AppendLine();
        }

        text.AppendLine();
        return text.ToString();
    }

    private string ToJsonLine(Article article, List<ArticleEntity> entities, List<ExtractedRelationship> relationships)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", article.Id);
            writer.WriteString("nodeId", article.NodeId);
            writer.WriteString("title", article.Title);
            writer.WriteString("date", FormatDate(article.Published));
            writer.WriteString("url", article.Url);
            writer.WriteString("source", article.Source);
            writer.WriteString("origin", article.Origin);

            writer.WriteStartArray("entities");
            foreach (var (entity, mentions) in entities)
            {
                writer.WriteStartObject();
                writer.WriteString("id", entity.Id);
                writer.WriteString("label", entity.Label.ToGraphLabel());
                writer.WriteString("name", entity.Name);
                writer.WriteStartArray("aliases");
                foreach (var alias in SortedAliases(entity))
                {
                    writer.WriteStringValue(alias);
                }

                writer.WriteEndArray();
                writer.WriteNumber("mentions", mentions);
                if (entity.Country is not null)
                {
                    // A Location's country, the end of its LOCATED_IN.
                    writer.WriteString("country", entity.Country);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            var names = entities.ToDictionary(e => e.Entity.Id, e => e.Entity.Name, StringComparer.Ordinal);
            writer.WriteStartArray("relationships");
            foreach (var relationship in relationships)
            {
                writer.WriteStartObject();
                writer.WriteString("type", relationship.Type.ToGraphType());
                writer.WriteString("start", relationship.StartId);
                writer.WriteString("startName", names.GetValueOrDefault(relationship.StartId));
                writer.WriteString("end", relationship.EndId);
                writer.WriteString("endName", names.GetValueOrDefault(relationship.EndId));
                writer.WriteBoolean("directed", !relationship.Type.IsSymmetric());
                writer.WriteNumber("sentenceIndex", relationship.SentenceIndex);
                writer.WriteString("evidence", relationship.Evidence);
                writer.WriteString("trigger", relationship.Trigger);
                writer.WriteString("rule", relationship.Rule);
                writer.WriteString("eventDate", FormatDate(relationship.EventDate));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void AppendField(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append(Invariant, $"  {name + ":",-8}{OneLine(value)}").AppendLine();
        }
    }

    private static List<string> SortedAliases(Entity entity) =>
        entity.Aliases.Where(a => !string.Equals(a, entity.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Names to draw endpoints with: the entity's name, or its node id where two entities of the article share a name
    /// (a person and a country called the same), so a line never leaves the reader guessing which one is meant.
    /// </summary>
    private static Dictionary<string, string> DisplayNames(List<ArticleEntity> entities)
    {
        var shared = entities
            .GroupBy(e => e.Entity.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return entities.ToDictionary(
            e => e.Entity.Id,
            e => shared.Contains(e.Entity.Name) ? e.Entity.Id : e.Entity.Name,
            StringComparer.Ordinal);
    }

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", Invariant);

    // Evidence is one sentence, but a sentence from a hard-wrapped source can still carry line breaks.
    private static string OneLine(string value) =>
        value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal)
            ? string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : value;
}
