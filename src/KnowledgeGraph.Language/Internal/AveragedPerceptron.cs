namespace KnowledgeGraph.Language.Internal;

/// <summary>
/// Multiclass averaged perceptron used only while training. Rows are dense and created on first
/// update; averaging is lazy (each weight remembers when it last changed) so an update costs
/// O(features), not O(model). <see cref="ToRows"/> snapshots the averaged weights without
/// disturbing training, so a checkpoint can be evaluated after every epoch.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<uint, int> _rows = [];
    private readonly int _classes;
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int _rowCount;
    private int _time;

    public AveragedPerceptron(int classCount)
    {
        _classes = classCount;
        _weights = new float[1024 * classCount];
        _totals = new double[_weights.Length];
        _stamps = new int[_weights.Length];
    }

    public int ClassCount => _classes;

    public int RowCount => _rowCount;

    /// <summary>Advances the averaging clock by one training instance.</summary>
    public void Tick() => _time++;

    /// <summary>Advances the averaging clock by <paramref name="instances"/> (a beam-trained sentence counts its transitions).</summary>
    public void Tick(int instances) => _time += instances;

    /// <summary>Adds <paramref name="delta"/> to the weight of <paramref name="cls"/> for every feature (one side of a structured update).</summary>
    public void Add(ReadOnlySpan<uint> features, int cls, float delta)
    {
        foreach (var key in features)
        {
            Bump((RowOf(key) * _classes) + cls, delta);
        }
    }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in features)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                var weights = _weights.AsSpan(row * _classes, _classes);
                for (var c = 0; c < weights.Length; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }
    }

    public void Update(ReadOnlySpan<uint> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var key in features)
        {
            var row = RowOf(key);
            Bump((row * _classes) + truth, 1f);
            Bump((row * _classes) + guess, -1f);
        }
    }

    private void Bump(int index, float delta)
    {
        _totals[index] += (double)(_time - _stamps[index]) * _weights[index];
        _stamps[index] = _time;
        _weights[index] += delta;
    }

    private int RowOf(uint key)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            return row;
        }

        row = _rowCount++;
        if (_rowCount * _classes > _weights.Length)
        {
            var size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }

        _rows.Add(key, row);
        return row;
    }

    /// <summary>
    /// Averaged weights as a sparse table, dropping weights whose magnitude is below
    /// <paramref name="pruneBelow"/> and rows left empty. Keys are emitted in ascending order so
    /// the result does not depend on dictionary history.
    /// </summary>
    public WeightRows ToRows(float pruneBelow)
    {
        var time = Math.Max(_time, 1);
        var ordered = _rows.Keys.ToArray();
        Array.Sort(ordered);
        var keys = new List<uint>(ordered.Length);
        var offsets = new List<int>(ordered.Length + 1) { 0 };
        var classes = new List<byte>();
        var weights = new List<float>();
        foreach (var key in ordered)
        {
            var row = _rows[key];
            var before = weights.Count;
            for (var c = 0; c < _classes; c++)
            {
                var index = (row * _classes) + c;
                var average = (float)((_totals[index] + ((double)(time - _stamps[index]) * _weights[index])) / time);
                // Rounding through Half here means the in-memory model equals the one read back from disk.
                average = (float)(Half)average;
                if (Math.Abs(average) >= pruneBelow && average != 0f)
                {
                    classes.Add((byte)c);
                    weights.Add(average);
                }
            }

            if (weights.Count > before)
            {
                keys.Add(key);
                offsets.Add(weights.Count);
            }
        }

        return new WeightRows(_classes, [.. keys], [.. offsets], [.. classes], [.. weights]);
    }
}
