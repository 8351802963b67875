namespace KnowledgeGraph.Evaluation;

/// <summary>
/// The counts and figures of one relationship type, entity label or micro average.
/// <see cref="Tp"/> and <see cref="Fn"/> count over all articles (recall); <see cref="Fp"/> and
/// <see cref="TpInComplete"/> only over the articles complete for the row (precision).
/// </summary>
public sealed record ScoreRow(string Name, int Tp, int Fp, int Fn, int TpInComplete, int CompleteArticles)
{
    /// <summary>Gold items (matched or missed) over all articles.</summary>
    public int Gold => Tp + Fn;

    /// <summary>TP / (TP + FP) over complete articles; null when no complete article has a prediction or gold item of the row.</summary>
    public double? Precision => TpInComplete + Fp == 0 ? null : (double)TpInComplete / (TpInComplete + Fp);

    /// <summary>TP / (TP + FN) over all articles; null when there is no gold item.</summary>
    public double? Recall => Gold == 0 ? null : (double)Tp / Gold;

    /// <summary>Harmonic mean of precision and recall; null when either is null.</summary>
    public double? F1 => (Precision, Recall) switch
    {
        ({ } p, { } r) when p + r > 0 => 2 * p * r / (p + r),
        ({ }, { }) => 0,
        _ => null,
    };

    internal static ScoreRow Sum(string name, IEnumerable<ScoreRow> rows)
    {
        int tp = 0, fp = 0, fn = 0, tpInComplete = 0, complete = 0;
        foreach (var row in rows)
        {
            tp += row.Tp;
            fp += row.Fp;
            fn += row.Fn;
            tpInComplete += row.TpInComplete;
            complete += row.CompleteArticles;
        }

        return new ScoreRow(name, tp, fp, fn, tpInComplete, complete);
    }
}
