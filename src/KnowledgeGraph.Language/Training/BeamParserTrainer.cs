using KnowledgeGraph.Language.Internal;
using KnowledgeGraph.Language.Parsing;

namespace KnowledgeGraph.Language.Training;

/// <summary>
/// Global training of the transition model for beam search (Zhang &amp; Clark 2008, Zhang &amp; Nivre
/// 2011) with the max-violation update of Huang, Fayong &amp; Guo (2012): the sentence is decoded with
/// the beam while the gold transition sequence is followed alongside; at the step where the beam's
/// best hypothesis outscores the gold prefix by the most, the gold prefix's features are rewarded and
/// the best hypothesis's penalised (only the steps after their common prefix). The gold sequence
/// comes from the dynamic oracle: at each step the best-scoring transition among those that lose no
/// reachable gold arc, so spurious ambiguity is resolved by the model, as in greedy training.
/// Labels stay a local model: an arc with the gold head gets the gold label inside every hypothesis
/// (as greedy training does), other arcs the predicted one; the label model learns on the gold
/// sequence's arcs. Deterministic: no random draws.
/// </summary>
internal sealed class BeamParserTrainer(int width, AveragedPerceptron actions, AveragedPerceptron labelModel, int rootLabel)
{
    private const int Stride = DependencyParser.MaxActionFeatures;

    private readonly BeamWorkspace _beam = new();
    private readonly ParserState _gold = new();
    private readonly float[] _labelScores = new float[labelModel.ClassCount];
    private readonly uint[] _labelFeatures = new uint[DependencyParser.MaxLabelFeatures];

    // Per step (2n of them) and beam slot: the hypothesis's features and how its successor was made.
    private uint[] _features = [];
    private int[] _featureCounts = [];
    private int[] _parents = [];
    private int[] _actions = [];

    // Per step: the gold prefix's features when it is not in the beam, its transition and its slot (-1 = out).
    private uint[] _goldFeatures = [];
    private int[] _goldFeatureCounts = [];
    private int[] _goldActions = [];
    private int[] _goldSlots = [];
    private float[] _slotScores = [];

    /// <summary>Number of sentences whose beam needed an update, for the training log.</summary>
    public int Updates { get; private set; }

    public void Train(ulong[] words, int[] tags, int[] gold, int[] goldLabels)
    {
        var n = words.Length;
        var steps = 2 * n;
        Ensure(steps);
        _beam.Start(width, words, tags);
        _gold.Reset(words, tags);
        var kept = _beam.Kept.AsSpan(0, width);
        Span<float> goldScores = stackalloc float[3];
        var goldSlot = 0;
        var goldTotal = 0.0;
        var worstViolation = double.NegativeInfinity;
        var violationStep = -1;
        for (var step = 0; step < steps; step++)
        {
            var count = 0;
            for (var h = 0; h < _beam.Size; h++)
            {
                var hypothesis = _beam.Current[h];
                var at = (step * width) + h;
                var features = _features.AsSpan(at * Stride, Stride);
                var featureCount = DependencyParser.ExtractActionFeatures(hypothesis, features);
                _featureCounts[at] = featureCount;
                var scores = _slotScores.AsSpan(h * 3, 3);
                actions.Score(features[..featureCount], scores);
                for (var a = 0; a < 3; a++)
                {
                    if (hypothesis.IsValid(a))
                    {
                        BeamWorkspace.Offer(kept, ref count, new BeamCandidate(_beam.Scores[h] + scores[a], h, a));
                    }
                }
            }

            // The gold prefix: scored from its beam slot, or on its own once it has fallen out.
            _goldSlots[step] = goldSlot;
            if (goldSlot >= 0)
            {
                _slotScores.AsSpan(goldSlot * 3, 3).CopyTo(goldScores);
            }
            else
            {
                var features = _goldFeatures.AsSpan(step * Stride, Stride);
                _goldFeatureCounts[step] = DependencyParser.ExtractActionFeatures(_gold, features);
                actions.Score(features[.._goldFeatureCounts[step]], goldScores);
            }

            var goldAction = OracleAction(_gold, gold, goldScores);
            _goldActions[step] = goldAction;
            goldTotal += goldScores[goldAction];

            var nextGoldSlot = -1;
            for (var k = 0; k < count; k++)
            {
                var candidate = kept[k];
                var parent = _beam.Current[candidate.Parent];
                var label = candidate.Action == ParserState.Shift ? 0 : TrainingLabel(parent, candidate.Action, gold, goldLabels, learn: false);
                var child = _beam.Next[k];
                child.CopyConfigurationFrom(parent);
                child.Apply(candidate.Action, label);
                _beam.NextScores[k] = candidate.Score;
                _parents[(step * width) + k] = candidate.Parent;
                _actions[(step * width) + k] = candidate.Action;
                if (candidate.Parent == goldSlot && candidate.Action == goldAction)
                {
                    nextGoldSlot = k;
                }
            }

            var goldLabel = goldAction == ParserState.Shift ? 0 : TrainingLabel(_gold, goldAction, gold, goldLabels, learn: true);
            _gold.Apply(goldAction, goldLabel);
            _beam.Advance(count);
            goldSlot = nextGoldSlot;
            if (goldSlot != 0 && kept[0].Score - goldTotal > worstViolation)
            {
                worstViolation = kept[0].Score - goldTotal;
                violationStep = step;
            }
        }

        actions.Tick(steps);
        if (violationStep >= 0 && worstViolation >= 0)
        {
            Update(violationStep);
            Updates++;
        }
    }

    /// <summary>Rewards the gold prefix and penalises the best hypothesis at <paramref name="lastStep"/>, back to where they part.</summary>
    private void Update(int lastStep)
    {
        var slot = 0;
        for (var step = lastStep; step >= 0; step--)
        {
            var at = (step * width) + slot;
            var parent = _parents[at];
            var action = _actions[at];
            var goldSlot = _goldSlots[step];
            var goldAction = _goldActions[step];
            if (goldSlot == parent && goldAction == action)
            {
                break;
            }

            var predicted = (step * width) + parent;
            actions.Add(_features.AsSpan(predicted * Stride, _featureCounts[predicted]), action, -1f);
            if (goldSlot >= 0)
            {
                var goldAt = (step * width) + goldSlot;
                actions.Add(_features.AsSpan(goldAt * Stride, _featureCounts[goldAt]), goldAction, 1f);
            }
            else
            {
                actions.Add(_goldFeatures.AsSpan(step * Stride, _goldFeatureCounts[step]), goldAction, 1f);
            }

            if (goldSlot == parent)
            {
                // Same prefix before this step: the earlier steps cancel out.
                break;
            }

            slot = parent;
        }
    }

    /// <summary>The best-scoring valid transition among those that lose the fewest reachable gold arcs.</summary>
    private static int OracleAction(ParserState state, int[] gold, ReadOnlySpan<float> scores)
    {
        var best = -1;
        var bestCost = int.MaxValue;
        for (var a = 0; a < 3; a++)
        {
            if (!state.IsValid(a))
            {
                continue;
            }

            var cost = state.Cost(a, gold);
            if (cost < bestCost || (cost == bestCost && scores[a] > scores[best]))
            {
                best = a;
                bestCost = cost;
            }
        }

        return best;
    }

    /// <summary>The label an arc gets during training; with <paramref name="learn"/> the label model is updated on a gold-headed arc.</summary>
    private int TrainingLabel(ParserState state, int action, int[] gold, int[] goldLabels, bool learn)
    {
        var dependent = state.S0;
        var head = state.HeadFor(action);
        if (head == state.Root)
        {
            return rootLabel;
        }

        var correct = gold[dependent] == head;
        if (correct && !learn)
        {
            return goldLabels[dependent];
        }

        var count = DependencyParser.ExtractLabelFeatures(state, dependent, head, _labelFeatures);
        var features = _labelFeatures.AsSpan(0, count);
        labelModel.Score(features, _labelScores);
        var guess = DependencyParser.BestLabel(_labelScores, rootLabel);
        if (!correct)
        {
            return guess;
        }

        labelModel.Tick();
        labelModel.Update(features, goldLabels[dependent], guess);
        return goldLabels[dependent];
    }

    private void Ensure(int steps)
    {
        if (_goldActions.Length >= steps)
        {
            return;
        }

        var size = Math.Max(steps, _goldActions.Length * 2);
        _features = new uint[size * width * Stride];
        _featureCounts = new int[size * width];
        _parents = new int[size * width];
        _actions = new int[size * width];
        _goldFeatures = new uint[size * Stride];
        _goldFeatureCounts = new int[size];
        _goldActions = new int[size];
        _goldSlots = new int[size];
        _slotScores = new float[width * 3];
    }
}
