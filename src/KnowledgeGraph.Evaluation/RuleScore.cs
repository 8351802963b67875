namespace KnowledgeGraph.Evaluation;

/// <summary>
/// The counts of one extraction rule (<c>ExtractedRelationship.Rule</c>), so a bad rule is found by number. A scored
/// prediction (one per type, start and end, as <see cref="EvaluationScorer"/> counts) is credited to every rule that
/// produced it in that article, so the rows of one report can add up to more than the predictions.
/// <see cref="Tp"/> counts matched predictions over all articles; <see cref="Fp"/> and <see cref="TpInComplete"/> only
/// over articles complete for the prediction's type, as for <see cref="ScoreRow"/>; the rest are not scored (they fit
/// a partial gold relationship, or the article is not complete for the type).
/// </summary>
public sealed record RuleScore(string Rule, int Predicted, int Tp, int Fp, int TpInComplete)
{
    /// <summary>The row of predictions no extraction rule named (an extractor without rule ids, or an added stage).</summary>
    public const string NoRule = "(none)";

    /// <summary>Predictions that were neither matched nor counted as false positives.</summary>
    public int NotScored => Predicted - Tp - Fp;

    /// <summary>TP / (TP + FP) over complete articles; null when no prediction of the rule was scored there.</summary>
    public double? Precision => TpInComplete + Fp == 0 ? null : (double)TpInComplete / (TpInComplete + Fp);

    internal RuleScore Plus(RuleScore other) =>
        this with
        {
            Predicted = Predicted + other.Predicted,
            Tp = Tp + other.Tp,
            Fp = Fp + other.Fp,
            TpInComplete = TpInComplete + other.TpInComplete,
        };

    /// <summary>Rows of the same rule added up, ordered by rule id (ordinal).</summary>
    internal static IReadOnlyList<RuleScore> Sum(IEnumerable<RuleScore> rows)
    {
        var sums = new SortedDictionary<string, RuleScore>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            sums[row.Rule] = sums.TryGetValue(row.Rule, out var sum) ? sum.Plus(row) : row;
        }

        return [.. sums.Values];
    }
}
