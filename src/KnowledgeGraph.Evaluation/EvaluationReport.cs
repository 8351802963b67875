using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>The figures of one gold set (or of all sets: <see cref="EvaluationReport.OverallName"/>).</summary>
public sealed record SetReport(
    string Name,
    int Articles,
    int EntityScoredArticles,
    IReadOnlyList<ScoreRow> Relationships,
    IReadOnlyList<ScoreRow> Entities,
    IReadOnlyList<ArticleFindings> Findings)
{
    /// <summary>The relationship or entity row of that name ("ATTACKED", "Person", "micro(ATTACKED,MET,KILLED)").</summary>
    public ScoreRow? Find(string rowName) =>
        Relationships.FirstOrDefault(r => string.Equals(r.Name, rowName, StringComparison.Ordinal))
        ?? Entities.FirstOrDefault(r => string.Equals(r.Name, rowName, StringComparison.Ordinal));

    /// <summary>The relationship predictions per extraction rule, ordered by rule id (see <see cref="RuleScore"/>).</summary>
    public IReadOnlyList<RuleScore> Rules { get; init; } = [];
}

/// <summary>
/// Scores per gold set and overall: per relationship type, the micro averages, per entity label. Precision only over
/// articles complete for the row; recall over all articles (see <see cref="EvaluationScorer"/>).
/// </summary>
public sealed class EvaluationReport
{
    public const string OverallName = "overall";
    public const string MicroAttackedMetKilled = "micro(ATTACKED,MET,KILLED)";
    public const string MicroAllRelationships = "micro(all relationships)";
    public const string MicroEntities = "micro(entities)";

    private static readonly RelationshipType[] HeadlineTypes =
        [RelationshipType.Attacked, RelationshipType.Met, RelationshipType.Killed];

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true };

    public EvaluationReport(IReadOnlyList<SetReport> sets, SetReport overall, IReadOnlyList<string> errors)
    {
        Sets = sets;
        Overall = overall;
        Errors = errors;
    }

    /// <summary>One entry per gold file, named after it without ".jsonl" (e.g. <c>rams.dev</c>).</summary>
    public IReadOnlyList<SetReport> Sets { get; }

    /// <summary>All sets together (counts summed; figures recomputed from the sums).</summary>
    public SetReport Overall { get; }

    /// <summary>Unreadable gold lines and extractor failures, each naming file and line.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The set of that name, or <see cref="Overall"/> for "overall"; null when absent.</summary>
    public SetReport? FindSet(string name) =>
        string.Equals(name, OverallName, StringComparison.Ordinal)
            ? Overall
            : Sets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    internal static SetReport BuildSet(
        string name,
        int articles,
        int entityScoredArticles,
        IReadOnlyDictionary<RelationshipType, ScoreRow> relationships,
        IReadOnlyDictionary<EntityLabel, ScoreRow> entities,
        IReadOnlyList<ArticleFindings> findings)
    {
        var relationshipRows = GraphVocabulary.RelationshipTypes.Select(t => relationships[t]).ToList();
        relationshipRows.Add(ScoreRow.Sum(MicroAttackedMetKilled, HeadlineTypes.Select(t => relationships[t])));
        relationshipRows.Add(ScoreRow.Sum(MicroAllRelationships, GraphVocabulary.RelationshipTypes.Select(t => relationships[t])));
        var entityRows = GraphVocabulary.EntityLabels.Select(l => entities[l]).ToList();
        entityRows.Add(ScoreRow.Sum(MicroEntities, GraphVocabulary.EntityLabels.Select(l => entities[l])));
        return new SetReport(name, articles, entityScoredArticles, relationshipRows, entityRows, findings);
    }

    /// <summary>
    /// An aligned table per set and overall. With <paramref name="details"/>, per article: gold edges and entities
    /// not found, and predictions without gold support (false positives, and those ignored or not scored) with their
    /// evidence sentences. With <paramref name="byRule"/>, a table per set of the predictions per extraction rule.
    /// </summary>
    public string ToText(bool details, bool byRule = false)
    {
        var text = new StringBuilder();
        var total = Sets.Sum(s => s.Articles);
        text.Append(CultureInfo.InvariantCulture, $"Evaluation: {Sets.Count} gold set(s), {total} article(s), {Errors.Count} error(s)\n");
        text.Append("P over articles complete for the row (cmpl = such articles; for micro rows summed per type), R over all articles.\n");
        foreach (var set in Sets.Append(Overall))
        {
            text.Append('\n');
            AppendTable(text, set);
            if (byRule)
            {
                AppendRuleTable(text, set);
            }
        }

        if (Errors.Count > 0)
        {
            text.Append("\nErrors:\n");
            foreach (var error in Errors)
            {
                text.Append("  ").Append(error).Append('\n');
            }
        }

        if (details)
        {
            foreach (var set in Sets)
            {
                AppendDetails(text, set);
            }
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, SetReport set)
    {
        text.Append(CultureInfo.InvariantCulture, $"{set.Name}: {set.Articles} article(s)\n");
        AppendLine(text, "relationship", "gold", "TP", "FP", "FN", "cmpl", "P", "R", "F1");
        foreach (var row in set.Relationships)
        {
            AppendRow(text, row);
        }

        if (set.EntityScoredArticles == 0)
        {
            text.Append("  entities: not scored in this set\n");
            return;
        }

        AppendLine(text, $"entity (in {set.EntityScoredArticles} article(s))", "gold", "TP", "FP", "FN", "cmpl", "P", "R", "F1");
        foreach (var row in set.Entities)
        {
            AppendRow(text, row);
        }
    }

    /// <summary>One line per rule: predictions, TP, FP, not scored, precision; the worst rules are read off by number.</summary>
    private static void AppendRuleTable(StringBuilder text, SetReport set)
    {
        text.Append(CultureInfo.InvariantCulture, $"  by rule ({set.Rules.Count} rule(s); a prediction counts for every rule that produced it)\n");
        var width = Math.Max("rule".Length, set.Rules.Select(r => r.Rule.Length).DefaultIfEmpty(0).Max());
        void Line(string rule, string predicted, string tp, string fp, string unscored, string precision) =>
            text.Append("  ").Append(rule.PadRight(width)).Append(CultureInfo.InvariantCulture, $" {predicted,6} {tp,6} {fp,6} {unscored,8} {precision,7}\n");

        Line("rule", "pred", "TP", "FP", "unscored", "P");
        foreach (var rule in set.Rules)
        {
            Line(rule.Rule, Count(rule.Predicted), Count(rule.Tp), Count(rule.Fp), Count(rule.NotScored), Figure(rule.Precision));
        }
    }

    private static void AppendRow(StringBuilder text, ScoreRow row) =>
        AppendLine(
            text,
            row.Name,
            Count(row.Gold),
            Count(row.Tp),
            Count(row.Fp),
            Count(row.Fn),
            Count(row.CompleteArticles),
            Figure(row.Precision),
            Figure(row.Recall),
            Figure(row.F1));

    private static void AppendLine(StringBuilder text, string name, params string[] cells) =>
        text.Append(CultureInfo.InvariantCulture, $"  {name,-30} {cells[0],6} {cells[1],6} {cells[2],6} {cells[3],6} {cells[4],6} {cells[5],7} {cells[6],7} {cells[7],7}\n");

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Figure(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static void AppendDetails(StringBuilder text, SetReport set)
    {
        var withFindings = set.Findings.Where(f => !f.IsEmpty).ToArray();
        text.Append(CultureInfo.InvariantCulture, $"\nDetails {set.Name}: {withFindings.Length} article(s) with misses or unmatched predictions\n");
        foreach (var article in withFindings)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {article.ArticleId} ({article.Origin})\n");
            foreach (var missed in article.MissedRelationships)
            {
                AppendRelationship(text, "MISSED", missed);
            }

            foreach (var unmatched in article.UnmatchedRelationships)
            {
                AppendRelationship(text, StatusTag(unmatched.Status), unmatched);
            }

            foreach (var missed in article.MissedEntities)
            {
                AppendEntity(text, "MISSED", missed);
            }

            foreach (var unmatched in article.UnmatchedEntities)
            {
                AppendEntity(text, StatusTag(unmatched.Status), unmatched);
            }
        }
    }

    private static string StatusTag(UnmatchedStatus? status) => status switch
    {
        UnmatchedStatus.FalsePositive => "FP",
        UnmatchedStatus.FitsPartial => "PARTIAL",
        UnmatchedStatus.NotScored => "UNSCORED",
        _ => "?",
    };

    private static void AppendRelationship(StringBuilder text, string tag, RelationshipFinding finding)
    {
        text.Append(CultureInfo.InvariantCulture, $"    {tag,-8} {finding}\n");
        if (!string.IsNullOrWhiteSpace(finding.Evidence))
        {
            text.Append(CultureInfo.InvariantCulture, $"             \"{OneLine(finding.Evidence)}\"\n");
        }
    }

    private static void AppendEntity(StringBuilder text, string tag, EntityFinding finding)
    {
        text.Append(CultureInfo.InvariantCulture, $"    {tag,-8} {finding.Label} \"{finding.Name}\"");
        if (finding.Aliases.Count > 0)
        {
            text.Append(" aka ").AppendJoin(", ", finding.Aliases.Select(a => $"\"{a}\""));
        }

        text.Append('\n');
    }

    private static string OneLine(string evidence)
    {
        var line = string.Join(' ', evidence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 400 ? line : string.Concat(line.AsSpan(0, 400), "…");
    }

    /// <summary>
    /// The figures (no per-article detail) as indented JSON with a fixed field order; with <paramref name="byRule"/>,
    /// each set also carries <c>rules</c>.
    /// </summary>
    public string ToJson(bool byRule = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("sets");
            foreach (var set in Sets)
            {
                WriteSet(writer, set, byRule);
            }

            writer.WriteEndArray();
            writer.WritePropertyName(OverallName);
            WriteSet(writer, Overall, byRule);
            writer.WriteStartArray("errors");
            foreach (var error in Errors)
            {
                writer.WriteStringValue(error);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteSet(Utf8JsonWriter writer, SetReport set, bool byRule)
    {
        writer.WriteStartObject();
        writer.WriteString("name", set.Name);
        writer.WriteNumber("articles", set.Articles);
        writer.WriteNumber("entityScoredArticles", set.EntityScoredArticles);
        WriteRows(writer, "relationships", set.Relationships);
        WriteRows(writer, "entities", set.Entities);
        if (byRule)
        {
            writer.WriteStartArray("rules");
            foreach (var rule in set.Rules)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", rule.Rule);
                writer.WriteNumber("predicted", rule.Predicted);
                writer.WriteNumber("tp", rule.Tp);
                writer.WriteNumber("fp", rule.Fp);
                writer.WriteNumber("notScored", rule.NotScored);
                writer.WriteNumber("tpInComplete", rule.TpInComplete);
                WriteFigure(writer, "precision", rule.Precision);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteRows(Utf8JsonWriter writer, string name, IReadOnlyList<ScoreRow> rows)
    {
        writer.WriteStartArray(name);
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("name", row.Name);
            writer.WriteNumber("gold", row.Gold);
            writer.WriteNumber("tp", row.Tp);
            writer.WriteNumber("fp", row.Fp);
            writer.WriteNumber("fn", row.Fn);
            writer.WriteNumber("tpInComplete", row.TpInComplete);
            writer.WriteNumber("completeArticles", row.CompleteArticles);
            WriteFigure(writer, "precision", row.Precision);
            WriteFigure(writer, "recall", row.Recall);
            WriteFigure(writer, "f1", row.F1);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFigure(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
