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

    /// <summary>Pruning applied to the selected parser before it is written (chosen by measurement, see docs/language.md).</summary>
    public float FinalPruneBelow { get; init; } = 0.1f;

    /// <summary>From the second epoch, the probability of following a wrong predicted transition (dynamic-oracle exploration).</summary>
    public double Exploration { get; init; } = 0.9;

    /// <summary>
    /// Parser beam width. 1 trains the greedy parser (dynamic oracle with exploration); more trains a
    /// globally scored beam parser with max-violation updates (Huang et al. 2012), and the model file
    /// records the width so it is parsed with the search it was trained for.
    /// </summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>With a beam: this many first parser epochs are greedy (a warm start for the global training).</summary>
    public int BeamWarmupEpochs { get; init; }

    /// <summary>Words seen at least this often with one tag (at the share below) bypass the tagger.</summary>
    public int TagDictionaryMinCount { get; init; } = 20;

    public double TagDictionaryMinShare { get; init; } = 0.995;

    /// <summary>When greater than 1, the parser trains on tags predicted by taggers trained on the other folds (jackknifing).</summary>
    public int JackknifeFolds { get; init; }

    /// <summary>With jackknifing, also train the second tagger pass that sees first-pass tags to the right.</summary>
    public bool RefineTagger { get; init; } = true;

    /// <summary>
    /// Development shortcut for parser experiments: use this tagger file instead of training one.
    /// The random draws of the skipped tagger epochs are replayed, so with the tagger of a full run
    /// (same data, options and seed) the parser comes out byte-identical to that run's.
    /// </summary>
    public byte[]? PretrainedTagger { get; init; }

    /// <summary>
    /// Development shortcut: the jackknifed training tags are read from this file when it exists
    /// and written to it otherwise. They depend only on the data, the tagger options and the seed.
    /// </summary>
    public string? JackknifeCachePath { get; init; }

    public Action<string>? Log { get; init; }
}
