using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Evaluation;

namespace KnowledgeGraph.Evaluation.Tests;

/// <summary>One line of quality-thresholds.json: a figure of the report and the least value it must reach.</summary>
internal sealed record QualityThreshold(
    [property: JsonPropertyName("set")] string Set,
    [property: JsonPropertyName("row")] string Row,
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("min")] double Min,
    [property: JsonPropertyName("precisionFrom")] string? PrecisionFrom = null,
    [property: JsonPropertyName("why")] string? Why = null)
{
    public override string ToString() =>
        PrecisionFrom is null
            ? $"{Set} {Row} {Metric}"
            : $"{Set} {Row} {Metric} (precision from {PrecisionFrom})";
}

/// <summary>
/// A threshold file: which relation recogniser (<c>engine</c>: Patterns or Frames) runs over which gold sets
/// (<c>goldSets</c>: dev or annotated, folders of shared/data; challenge, challenge-articles, challenge-releases,
/// challenge-roundups and challenge-blind, the repository's own tests/ChallengeSet, tests/ChallengeArticles,
/// tests/ChallengeReleases, tests/ChallengeRoundups and tests/ChallengeBlind), and the figures it must reach.
/// </summary>
internal sealed record QualityThresholdFile(
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("thresholds")] IReadOnlyList<QualityThreshold> Thresholds,
    [property: JsonPropertyName("engine")] string? Engine = null,
    [property: JsonPropertyName("goldSets")] string? GoldSets = null);

/// <summary>Compares an evaluation report with quality thresholds.</summary>
internal static class QualityGate
{
    public static IReadOnlyList<QualityThreshold> Load(string path) => LoadFile(path).Thresholds;

    public static QualityThresholdFile LoadFile(string path)
    {
        var file = JsonSerializer.Deserialize<QualityThresholdFile>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path}: empty threshold file");
        if (file.Thresholds is null)
        {
            throw new InvalidDataException($"{path}: no 'thresholds' array");
        }

        if (file.Engine is not null && !Enum.TryParse<KnowledgeGraph.Extraction.RelationEngine>(file.Engine, ignoreCase: false, out _))
        {
            throw new InvalidDataException($"{path}: unknown engine '{file.Engine}' (Patterns or Frames)");
        }

        if (file.GoldSets is not (null or "dev" or "annotated" or "challenge" or "challenge-articles" or "challenge-releases" or "challenge-roundups" or "challenge-blind"))
        {
            throw new InvalidDataException($"{path}: unknown goldSets '{file.GoldSets}' (dev, annotated, challenge, challenge-articles, challenge-releases, challenge-roundups or challenge-blind)");
        }

        return file;
    }

    /// <summary>The measured value of a threshold's figure; null when it cannot be measured, with the reason.</summary>
    public static (double? Value, string? Problem) Measure(EvaluationReport report, QualityThreshold threshold)
    {
        if (report.FindSet(threshold.Set)?.Find(threshold.Row) is not { } row)
        {
            return (null, $"no row '{threshold.Row}' in set '{threshold.Set}'");
        }

        double? precision;
        if (threshold.PrecisionFrom is { } precisionSet)
        {
            if (report.FindSet(precisionSet)?.Find(threshold.Row) is not { } precisionRow)
            {
                return (null, $"no row '{threshold.Row}' in set '{precisionSet}'");
            }

            precision = precisionRow.Precision;
        }
        else
        {
            precision = row.Precision;
        }

        var value = threshold.Metric switch
        {
            "precision" => precision,
            "recall" => row.Recall,
            "f1" => F1(precision, row.Recall),
            _ => throw new InvalidDataException($"unknown metric '{threshold.Metric}' (precision, recall or f1)"),
        };
        return value is null ? (null, "not measurable (no gold item or no prediction where it is measured)") : (value, null);
    }

    /// <summary>One message per figure below its threshold or not measurable; empty when the gate passes.</summary>
    public static IReadOnlyList<string> Failures(EvaluationReport report, IEnumerable<QualityThreshold> thresholds)
    {
        var failures = new List<string>();
        foreach (var threshold in thresholds)
        {
            var (value, problem) = Measure(report, threshold);
            if (value is null)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{threshold}: {problem}; must be >= {threshold.Min:0.000}"));
            }
            else if (value.Value < threshold.Min)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{threshold}: {value.Value:0.000} < {threshold.Min:0.000}"));
            }
        }

        return failures;
    }

    private static double? F1(double? precision, double? recall) => (precision, recall) switch
    {
        ({ } p, { } r) when p + r > 0 => 2 * p * r / (p + r),
        ({ }, { }) => 0,
        _ => null,
    };
}
