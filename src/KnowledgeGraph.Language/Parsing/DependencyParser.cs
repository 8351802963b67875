using KnowledgeGraph.Language.Internal;

namespace KnowledgeGraph.Language.Parsing;

/// <summary>
/// Greedy arc-hybrid parser with two averaged-perceptron models: one chooses the transition
/// (shift / left-arc / right-arc), the other labels an arc once it is made. Splitting them keeps
/// the hot path at three scores per transition instead of one per labelled transition.
/// Immutable and thread-safe; callers pass a <see cref="ParserState"/> as scratch.
/// </summary>
internal sealed class DependencyParser
{
    public const int MaxActionFeatures = 128;
    public const int MaxLabelFeatures = 48;
    public const int MaxBeamWidth = 64;

    /// <param name="tagUpos">
    /// UPOS of each tagger tag id in the tagger's order. The parser's features use tag ids, so this
    /// is stored with the parser to detect a tagger from another training run at load time.
    /// </param>
    /// <param name="beamWidth">
    /// Hypotheses kept while parsing: 1 is the greedy parser; a model trained with a beam records its
    /// width, because a globally trained model is only good with the search it was trained for.
    /// </param>
    public DependencyParser(string[] labels, string[] tagUpos, TransitionWeightTable actions, SparseWeightTable labelWeights, int beamWidth = 1)
    {
        if (beamWidth is < 1 or > MaxBeamWidth)
        {
            throw new InvalidDataException($"Parser beam width {beamWidth} is outside 1-{MaxBeamWidth}.");
        }

        BeamWidth = beamWidth;
        TagUpos = tagUpos;
        LabelNames = labels;
        Actions = actions;
        LabelWeights = labelWeights;
        RootLabel = Array.IndexOf(labels, "root");
        if (RootLabel < 0)
        {
            throw new InvalidDataException("Parser label set has no 'root' label.");
        }
    }

    public string[] LabelNames { get; }

    public string[] TagUpos { get; }

    public int RootLabel { get; }

    public TransitionWeightTable Actions { get; }

    public SparseWeightTable LabelWeights { get; }

    /// <summary>Hypotheses kept while parsing (1 = greedy); stored in the model file.</summary>
    public int BeamWidth { get; }

    /// <summary>The same weights parsed with another beam width (measurement tooling).</summary>
    public DependencyParser WithBeamWidth(int beamWidth) => new(LabelNames, TagUpos, Actions, LabelWeights, beamWidth);

    /// <summary>
    /// Parses one sentence (or chunk). <paramref name="heads"/> receives 1-based heads (0 = root)
    /// and <paramref name="labels"/> label ids. With <paramref name="forcedRoot"/> (0-based, or -1) the transitions
    /// that would give that word a head other than the root are not taken (<see cref="ParserState.ForcedRoot"/>).
    /// </summary>
    public void Parse(ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels, ParserState state, int forcedRoot = -1)
    {
        if (BeamWidth > 1)
        {
            ParseWithBeam(words, tags, heads, labels, state.Beam ??= new BeamWorkspace(), BeamWidth, forcedRoot);
            return;
        }

        state.Reset(words, tags, forcedRoot);
        Span<uint> features = stackalloc uint[MaxActionFeatures];
        Span<uint> labelFeatures = stackalloc uint[MaxLabelFeatures];
        Span<float> scores = stackalloc float[3];
        Span<float> labelScores = stackalloc float[LabelNames.Length];
        while (!state.IsTerminal)
        {
            var count = ExtractActionFeatures(state, features);
            Actions.Score(features[..count], scores);
            var action = BestValidAction(state, scores);
            var label = 0;
            if (action != ParserState.Shift)
            {
                label = ChooseLabel(state, action, labelFeatures, labelScores);
            }

            state.Apply(action, label);
        }

        var n = words.Length;
        for (var i = 0; i < n; i++)
        {
            var head = state.Heads[i];
            heads[i] = head == n ? 0 : head + 1;
            labels[i] = state.Labels[i];
        }
    }

    /// <summary>
    /// Beam search over transition sequences: every hypothesis is extended by each valid transition,
    /// scored by the sum of its transition scores, and the best <paramref name="width"/> are kept.
    /// Labels are chosen greedily per arc inside each hypothesis (the label model is local).
    /// </summary>
    internal void ParseWithBeam(ReadOnlySpan<ulong> words, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels, BeamWorkspace beam, int width, int forcedRoot = -1)
    {
        beam.Start(width, words, tags, forcedRoot);
        Span<uint> features = stackalloc uint[MaxActionFeatures];
        Span<uint> labelFeatures = stackalloc uint[MaxLabelFeatures];
        Span<float> scores = stackalloc float[3];
        Span<float> labelScores = stackalloc float[LabelNames.Length];
        var kept = beam.Kept.AsSpan(0, width);
        while (!beam.Current[0].IsTerminal)
        {
            var count = 0;
            for (var h = 0; h < beam.Size; h++)
            {
                var hypothesis = beam.Current[h];
                var featureCount = ExtractActionFeatures(hypothesis, features);
                Actions.Score(features[..featureCount], scores);
                for (var a = 0; a < 3; a++)
                {
                    if (hypothesis.IsValid(a))
                    {
                        BeamWorkspace.Offer(kept, ref count, new BeamCandidate(beam.Scores[h] + scores[a], h, a));
                    }
                }
            }

            for (var k = 0; k < count; k++)
            {
                var candidate = kept[k];
                var parent = beam.Current[candidate.Parent];
                var label = candidate.Action == ParserState.Shift ? 0 : ChooseLabel(parent, candidate.Action, labelFeatures, labelScores);
                var child = beam.Next[k];
                child.CopyConfigurationFrom(parent);
                child.Apply(candidate.Action, label);
                beam.NextScores[k] = candidate.Score;
            }

            beam.Advance(count);
        }

        var best = beam.Current[0];
        var n = words.Length;
        for (var i = 0; i < n; i++)
        {
            var head = best.Heads[i];
            heads[i] = head == n ? 0 : head + 1;
            labels[i] = best.Labels[i];
        }
    }

    public int ChooseLabel(ParserState state, int action, Span<uint> labelFeatures, Span<float> labelScores)
    {
        var head = state.HeadFor(action);
        if (head == state.Root)
        {
            return RootLabel;
        }

        var count = ExtractLabelFeatures(state, state.S0, head, labelFeatures);
        LabelWeights.Score(labelFeatures[..count], labelScores);
        return BestLabel(labelScores, RootLabel);
    }

    public static int BestLabel(ReadOnlySpan<float> scores, int excluded)
    {
        var best = -1;
        for (var c = 0; c < scores.Length; c++)
        {
            if (c != excluded && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }

        return best;
    }

    public static int BestValidAction(ParserState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var a = 0; a < 3; a++)
        {
            if (state.IsValid(a) && (best < 0 || scores[a] > scores[best]))
            {
                best = a;
            }
        }

        return best;
    }

    private static ulong Distance(int left, int right, ParserState s)
    {
        if (left >= s.Length || right >= s.Length)
        {
            return 99;
        }

        var d = Math.Abs(right - left);
        return d > 6 ? (d > 10 ? 8UL : 7UL) : (ulong)d;
    }

    private static ulong Count(int value) => (ulong)Math.Min(value, 4);

    public static int ExtractActionFeatures(ParserState s, Span<uint> f)
    {
        var w = s.Words;
        var t = s.Tags;
        var l = s.Labels;
        int s0 = s.S0, s1 = s.S1, s2 = s.S2, b0 = s.B0, b1 = s.B1, b2 = s.B2;
        ulong s0w = w[s0], s0t = t[s0], s1w = w[s1], s1t = t[s1], s2w = w[s2], s2t = t[s2];
        ulong b0w = w[b0], b0t = t[b0], b1w = w[b1], b1t = t[b1], b2w = w[b2], b2t = t[b2];
        int s0l1 = s.Left1[s0], s0l2 = s.Left2[s0], s0r1 = s.Right1[s0], s0r2 = s.Right2[s0];
        int s1l1 = s.Left1[s1], s1r1 = s.Right1[s1], b0l1 = s.Left1[b0], b0l2 = s.Left2[b0];
        var dS0B0 = Distance(s0, b0, s);
        var dS1S0 = Distance(s1, s0, s);
        var k = 0;
        f[k++] = FeatureHash.Key(1, s0w);
        f[k++] = FeatureHash.Key(2, s0t);
        f[k++] = FeatureHash.Key(3, s0w, s0t);
        f[k++] = FeatureHash.Key(4, s1w);
        f[k++] = FeatureHash.Key(5, s1t);
        f[k++] = FeatureHash.Key(6, s1w, s1t);
        f[k++] = FeatureHash.Key(7, b0w);
        f[k++] = FeatureHash.Key(8, b0t);
        f[k++] = FeatureHash.Key(9, b0w, b0t);
        f[k++] = FeatureHash.Key(10, b1w);
        f[k++] = FeatureHash.Key(11, b1t);
        f[k++] = FeatureHash.Key(12, b1w, b1t);
        f[k++] = FeatureHash.Key(13, b2w);
        f[k++] = FeatureHash.Key(14, b2t);
        f[k++] = FeatureHash.Key(15, s2t);
        f[k++] = FeatureHash.Key(16, s2w);
        f[k++] = FeatureHash.Key(17, s0w, s0t, b0w, b0t);
        f[k++] = FeatureHash.Key(18, s0w, s0t, b0w);
        f[k++] = FeatureHash.Key(19, s0w, b0w, b0t);
        f[k++] = FeatureHash.Key(20, s0w, s0t, b0t);
        f[k++] = FeatureHash.Key(21, s0t, b0w, b0t);
        f[k++] = FeatureHash.Key(22, s0w, b0w);
        f[k++] = FeatureHash.Key(23, s0t, b0t);
        f[k++] = FeatureHash.Key(24, b0t, b1t);
        f[k++] = FeatureHash.Key(25, s1w, s1t, s0w, s0t);
        f[k++] = FeatureHash.Key(26, s1w, s0w);
        f[k++] = FeatureHash.Key(27, s1t, s0t);
        f[k++] = FeatureHash.Key(28, s1w, s1t, s0t);
        f[k++] = FeatureHash.Key(29, s1t, s0w, s0t);
        f[k++] = FeatureHash.Key(30, s1t, b0t);
        f[k++] = FeatureHash.Key(31, s1w, b0w);
        f[k++] = FeatureHash.Key(32, b0t, b1t, b2t);
        f[k++] = FeatureHash.Key(33, s0t, b0t, b1t);
        f[k++] = FeatureHash.Key(34, s1t, s0t, b0t);
        f[k++] = FeatureHash.Key(35, s2t, s1t, s0t);
        f[k++] = FeatureHash.Key(36, s0t, t[s0l1], b0t);
        f[k++] = FeatureHash.Key(37, s0t, t[s0r1], b0t);
        f[k++] = FeatureHash.Key(38, s0t, b0t, t[b0l1]);
        f[k++] = FeatureHash.Key(39, s1t, s0t, t[s0l1]);
        f[k++] = FeatureHash.Key(40, s1t, s0t, t[s0r1]);
        f[k++] = FeatureHash.Key(41, s1t, t[s1r1], s0t);
        f[k++] = FeatureHash.Key(42, s0w, b0t, b1t);
        f[k++] = FeatureHash.Key(43, s0w, dS0B0);
        f[k++] = FeatureHash.Key(44, s0t, dS0B0);
        f[k++] = FeatureHash.Key(45, b0w, dS0B0);
        f[k++] = FeatureHash.Key(46, b0t, dS0B0);
        f[k++] = FeatureHash.Key(47, s0w, b0w, dS0B0);
        f[k++] = FeatureHash.Key(48, s0t, b0t, dS0B0);
        f[k++] = FeatureHash.Key(49, s1t, s0t, dS1S0);
        f[k++] = FeatureHash.Key(50, s1w, s0t, dS1S0);
        f[k++] = FeatureHash.Key(51, s0w, Count(s.LeftCount[s0]));
        f[k++] = FeatureHash.Key(52, s0t, Count(s.LeftCount[s0]));
        f[k++] = FeatureHash.Key(53, s0w, Count(s.RightCount[s0]));
        f[k++] = FeatureHash.Key(54, s0t, Count(s.RightCount[s0]));
        f[k++] = FeatureHash.Key(55, b0w, Count(s.LeftCount[b0]));
        f[k++] = FeatureHash.Key(56, b0t, Count(s.LeftCount[b0]));
        f[k++] = FeatureHash.Key(57, s1w, Count(s.RightCount[s1]));
        f[k++] = FeatureHash.Key(58, s1t, Count(s.RightCount[s1]));
        f[k++] = FeatureHash.Key(59, s1t, Count(s.LeftCount[s1]));
        f[k++] = FeatureHash.Key(60, w[s0l1]);
        f[k++] = FeatureHash.Key(61, t[s0l1]);
        f[k++] = FeatureHash.Key(62, (ulong)l[s0l1]);
        f[k++] = FeatureHash.Key(63, w[s0r1]);
        f[k++] = FeatureHash.Key(64, t[s0r1]);
        f[k++] = FeatureHash.Key(65, (ulong)l[s0r1]);
        f[k++] = FeatureHash.Key(66, t[s0l2]);
        f[k++] = FeatureHash.Key(67, (ulong)l[s0l2]);
        f[k++] = FeatureHash.Key(68, t[s0r2]);
        f[k++] = FeatureHash.Key(69, (ulong)l[s0r2]);
        f[k++] = FeatureHash.Key(70, w[b0l1]);
        f[k++] = FeatureHash.Key(71, t[b0l1]);
        f[k++] = FeatureHash.Key(72, (ulong)l[b0l1]);
        f[k++] = FeatureHash.Key(73, t[b0l2]);
        f[k++] = FeatureHash.Key(74, (ulong)l[b0l2]);
        f[k++] = FeatureHash.Key(75, t[s1r1]);
        f[k++] = FeatureHash.Key(76, (ulong)l[s1r1]);
        f[k++] = FeatureHash.Key(77, t[s1l1]);
        f[k++] = FeatureHash.Key(78, (ulong)l[s1l1]);
        f[k++] = FeatureHash.Key(79, s0t, (ulong)l[s0l1], (ulong)l[s0l2]);
        f[k++] = FeatureHash.Key(80, s0t, (ulong)l[s0r1], (ulong)l[s0r2]);
        f[k++] = FeatureHash.Key(81, b0t, (ulong)l[b0l1], (ulong)l[b0l2]);
        f[k++] = FeatureHash.Key(82, s0t, t[s0l1], t[s0l2]);
        f[k++] = FeatureHash.Key(83, s0t, t[s0r1], t[s0r2]);
        f[k++] = FeatureHash.Key(84, b0t, t[b0l1], t[b0l2]);
        f[k++] = FeatureHash.Key(85, s0w, s.LeftLabels[s0]);
        f[k++] = FeatureHash.Key(86, s0t, s.LeftLabels[s0]);
        f[k++] = FeatureHash.Key(87, s0w, s.RightLabels[s0]);
        f[k++] = FeatureHash.Key(88, s0t, s.RightLabels[s0]);
        f[k++] = FeatureHash.Key(89, b0w, s.LeftLabels[b0]);
        f[k++] = FeatureHash.Key(90, b0t, s.LeftLabels[b0]);
        f[k++] = FeatureHash.Key(91, s1t, s.RightLabels[s1]);
        f[k++] = FeatureHash.Key(92, b0w, b1w);
        f[k++] = FeatureHash.Key(93, s0t, b0t, b0 > 0 && b0 < s.Length ? t[b0 - 1] : s.Tags[s.None]);
        f[k++] = FeatureHash.Key(94, s0t, b0t, s0 + 1 < s.Length ? t[s0 + 1] : s.Tags[s.None]);
        f[k++] = FeatureHash.Key(95, s1w, s0w, b0w);
        f[k++] = FeatureHash.Key(96, s1t, (ulong)l[s1r1], s0t, b0t);
        return k;
    }

    /// <summary>Features for labelling the arc <paramref name="head"/> → <paramref name="dependent"/>.</summary>
    public static int ExtractLabelFeatures(ParserState s, int dependent, int head, Span<uint> f)
    {
        var w = s.Words;
        var t = s.Tags;
        var l = s.Labels;
        var direction = dependent < head ? 1UL : 2UL;
        ulong dw = w[dependent], dt = t[dependent], hw = w[head], ht = t[head];
        int dl1 = s.Left1[dependent], dl2 = s.Left2[dependent], dr1 = s.Right1[dependent];
        int hl1 = s.Left1[head], hr1 = s.Right1[head];
        var distance = Distance(Math.Min(dependent, head), Math.Max(dependent, head), s);
        var before = dependent > 0 ? t[dependent - 1] : s.Tags[s.None];
        var after = dependent + 1 < s.Length ? t[dependent + 1] : s.Tags[s.None];
        var k = 0;
        f[k++] = FeatureHash.Key(201, direction);
        f[k++] = FeatureHash.Key(202, direction, dw);
        f[k++] = FeatureHash.Key(203, direction, dt);
        f[k++] = FeatureHash.Key(204, direction, hw);
        f[k++] = FeatureHash.Key(205, direction, ht);
        f[k++] = FeatureHash.Key(206, direction, dw, hw);
        f[k++] = FeatureHash.Key(207, direction, dt, ht);
        f[k++] = FeatureHash.Key(208, direction, dw, ht);
        f[k++] = FeatureHash.Key(209, direction, dt, hw);
        f[k++] = FeatureHash.Key(210, direction, dt, ht, distance);
        f[k++] = FeatureHash.Key(211, direction, dt, w[dl1]);
        f[k++] = FeatureHash.Key(212, direction, dt, (ulong)l[dl1]);
        f[k++] = FeatureHash.Key(213, direction, dt, (ulong)l[dr1]);
        f[k++] = FeatureHash.Key(214, direction, ht, (ulong)l[hl1]);
        f[k++] = FeatureHash.Key(215, direction, ht, w[hl1]);
        f[k++] = FeatureHash.Key(216, direction, ht, s.LeftLabels[head]);
        f[k++] = FeatureHash.Key(217, direction, dt, s.LeftLabels[dependent]);
        f[k++] = FeatureHash.Key(218, direction, dt, s.RightLabels[dependent]);
        f[k++] = FeatureHash.Key(219, direction, dt, (ulong)l[hr1]);
        f[k++] = FeatureHash.Key(220, direction, dw, w[dl1]);
        f[k++] = FeatureHash.Key(221, direction, dt, w[dl2]);
        f[k++] = FeatureHash.Key(222, direction, dt, ht, w[hl1]);
        f[k++] = FeatureHash.Key(223, direction, dt, after);
        f[k++] = FeatureHash.Key(224, direction, dt, before);
        f[k++] = FeatureHash.Key(225, direction, dt, w[dr1]);
        f[k++] = FeatureHash.Key(226, direction, w[dl1], hw);
        f[k++] = FeatureHash.Key(227, direction, dt, ht, s.LeftLabels[head]);
        f[k++] = FeatureHash.Key(228, direction, dt, w[dl1], ht);
        f[k++] = FeatureHash.Key(229, direction, hw, dt, s.LeftLabels[dependent]);
        f[k++] = FeatureHash.Key(230, direction, dt, ht, s.RightLabels[dependent]);
        f[k++] = FeatureHash.Key(231, direction, dw, dt, ht);
        f[k++] = FeatureHash.Key(232, direction, dt, ht, t[hl1]);
        return k;
    }

    public byte[] Serialize()
    {
        var writer = new ModelWriter();
        writer.WriteStrings(LabelNames);
        writer.WriteStrings(TagUpos);
        writer.WriteInt(BeamWidth);
        writer.WriteTable(Actions.Export());
        writer.WriteTable(LabelWeights.Export());
        return ModelFile.Wrap(ModelKind.Parser, writer.ToArray());
    }

    public static DependencyParser Deserialize(byte[] file, string source)
    {
        var reader = new ModelReader(ModelFile.Unwrap(file, ModelKind.Parser, source, out var version), source);
        var labels = reader.ReadStrings();
        var tagUpos = reader.ReadStrings();

        // Format 2 parsers predate beam search: they are greedy.
        var beamWidth = version >= 3 ? reader.ReadInt() : 1;
        if (beamWidth is < 1 or > MaxBeamWidth)
        {
            throw new InvalidDataException($"Language model '{source}' is invalid: parser beam width {beamWidth} is outside 1-{MaxBeamWidth}.");
        }

        var actionRows = reader.ReadTable();
        var labelRows = reader.ReadTable();
        if (actionRows.ClassCount != 3 || labelRows.ClassCount != labels.Length || labels.Length > 255)
        {
            throw new InvalidDataException($"Language model '{source}' is invalid: parser tables do not match its label set.");
        }

        var actions = new TransitionWeightTable(actionRows);
        var labelWeights = new SparseWeightTable(labelRows);
        if ( labelWeights.ClassCount != labels.Length || labels.Length > 255)
        {
            throw new InvalidDataException($"Language model '{source}' is invalid: parser tables do not match its label set.");
        }

        return new DependencyParser(labels, tagUpos, actions, labelWeights, beamWidth);
    }
}
