namespace KnowledgeGraph.Language.Training;

public sealed class TrainingOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>Maximum tagger epochs; the epoch with the best dev accuracy is kept.</summary>
    public int TaggerEpochs { get; init; } = 8;

    /// <summary>Maximum parser epochs; the epoch with the best dev LAS is kept.</summary>
    public int ParserEpochs { get; init; } = 15;

    /// <summary>Averaged weights with a smaller magnitude are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>From the second epoch, the probability of following a wrong predicted transition (dynamic-oracle exploration).</summary>
    public double Exploration { get; init; } = 0.9;

    /// <summary>Words seen at least this often with one tag (at the share below) bypass the tagger.</summary>
    public int TagDictionaryMinCount { get; init; } = 20;

    public double TagDictionaryMinShare { get; init; } = 0.995;

    /// <summary>When greater than 1, the parser trains on tags predicted by taggers trained on the other folds (jackknifing).</summary>
    public int JackknifeFolds { get; init; }

    public Action<string>? Log { get; init; }
}
