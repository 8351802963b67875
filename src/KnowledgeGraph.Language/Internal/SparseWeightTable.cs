using System.Runtime.InteropServices;

namespace KnowledgeGraph.Language.Internal;

/// <summary>The portable form of a weight table: rows sorted by key, entries as parallel arrays.</summary>
internal sealed record WeightRows(int ClassCount, uint[] Keys, int[] RowOffsets, byte[] Classes, float[] Weights)
{
    public int RowCount => Keys.Length;

    public int EntryCount => Weights.Length;
}

/// <summary>
/// Read-only linear-model weights: feature key → a short row of (class, weight) pairs. Perceptron
/// rows are sparse (a word feature only ever moves the few classes it was seen with), so a sparse
/// row is both smaller and faster to add than a dense one. Layout is chosen for cache misses, the
/// real cost of scoring: an open-addressing slot holds the key and its row's range (one miss),
/// entries interleave class and weight (one more miss). Lookups allocate nothing.
/// </summary>
internal sealed class SparseWeightTable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;
        public int Start;
        public int End;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Entry
    {
        public int Class;
        public float Weight;
    }

    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly uint _capacity;

    public SparseWeightTable(WeightRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ClassCount = rows.ClassCount;
        RowCount = rows.RowCount;
        _capacity = (uint)Math.Max(8, rows.RowCount + (rows.RowCount / 2));
        _slots = new Slot[_capacity];
        _entries = new Entry[rows.EntryCount];
        for (var e = 0; e < rows.EntryCount; e++)
        {
            _entries[e] = new Entry { Class = rows.Classes[e], Weight = rows.Weights[e] };
        }

        for (var row = 0; row < rows.RowCount; row++)
        {
            var key = rows.Keys[row];
            var slot = SlotOf(key);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                {
                    throw new InvalidDataException("Duplicate feature key in weight table.");
                }

                slot = slot + 1 == _capacity ? 0 : slot + 1;
            }

            _slots[slot] = new Slot { Key = key, Start = rows.RowOffsets[row], End = rows.RowOffsets[row + 1] };
        }
    }

    public int ClassCount { get; }

    public int RowCount { get; }

    public int EntryCount => _entries.Length;

    public long ApproximateBytes => (_slots.LongLength * 12) + (_entries.LongLength * 8);

    // Keys are hash outputs, so their high bits are uniform: multiply-shift maps them onto any capacity.
    private uint SlotOf(uint key) => (uint)(((ulong)key * _capacity) >> 32);

    public void AddScores(uint key, Span<float> scores)
    {
        var slot = SlotOf(key);
        while (true)
        {
            ref readonly var found = ref _slots[slot];
            if (found.Key == key)
            {
                for (var e = found.Start; e < found.End; e++)
                {
                    ref readonly var entry = ref _entries[e];
                    scores[entry.Class] += entry.Weight;
                }

                return;
            }

            if (found.Key == 0)
            {
                return;
            }

            slot = slot + 1 == _capacity ? 0 : slot + 1;
        }
    }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in features)
        {
            AddScores(key, scores);
        }
    }

    /// <summary>The rows sorted by key, for writing a model file.</summary>
    public WeightRows Export()
    {
        var used = _slots.Where(s => s.Key != 0).OrderBy(s => s.Key).ToArray();
        var keys = new uint[used.Length];
        var offsets = new int[used.Length + 1];
        var classes = new List<byte>(_entries.Length);
        var weights = new List<float>(_entries.Length);
        for (var row = 0; row < used.Length; row++)
        {
            keys[row] = used[row].Key;
            for (var e = used[row].Start; e < used[row].End; e++)
            {
                classes.Add((byte)_entries[e].Class);
                weights.Add(_entries[e].Weight);
            }

            offsets[row + 1] = weights.Count;
        }

        return new WeightRows(ClassCount, keys, offsets, [.. classes], [.. weights]);
    }
}

/// <summary>
/// Dense variant for the parser's three transitions: the key and the three weights share one
/// 16-byte slot, so a feature costs a single cache miss whether it is found or not.
/// </summary>
internal sealed class TransitionWeightTable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;
        public float Shift;
        public float Left;
        public float Right;
    }

    private readonly Slot[] _slots;
    private readonly uint _capacity;

    public TransitionWeightTable(WeightRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.ClassCount != 3)
        {
            throw new InvalidDataException("Transition table must have exactly three classes.");
        }

        RowCount = rows.RowCount;
        _capacity = (uint)Math.Max(8, rows.RowCount + (rows.RowCount / 2));
        _slots = new Slot[_capacity];
        Span<float> row3 = stackalloc float[3];
        for (var row = 0; row < rows.RowCount; row++)
        {
            row3.Clear();
            for (var e = rows.RowOffsets[row]; e < rows.RowOffsets[row + 1]; e++)
            {
                row3[rows.Classes[e]] = rows.Weights[e];
            }

            var key = rows.Keys[row];
            var slot = SlotOf(key);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                {
                    throw new InvalidDataException("Duplicate feature key in weight table.");
                }

                slot = slot + 1 == _capacity ? 0 : slot + 1;
            }

            _slots[slot] = new Slot { Key = key, Shift = row3[0], Left = row3[1], Right = row3[2] };
        }
    }

    public int RowCount { get; }

    public long ApproximateBytes => _slots.LongLength * 16;

    private uint SlotOf(uint key) => (uint)(((ulong)key * _capacity) >> 32);

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        float shift = 0, left = 0, right = 0;
        var slots = _slots;
        foreach (var key in features)
        {
            var slot = SlotOf(key);
            while (true)
            {
                ref readonly var found = ref slots[slot];
                if (found.Key == key)
                {
                    shift += found.Shift;
                    left += found.Left;
                    right += found.Right;
                    break;
                }

                if (found.Key == 0)
                {
                    break;
                }

                slot = slot + 1 == _capacity ? 0 : slot + 1;
            }
        }

        scores[0] = shift;
        scores[1] = left;
        scores[2] = right;
    }

    public WeightRows Export()
    {
        var used = _slots.Where(s => s.Key != 0).OrderBy(s => s.Key).ToArray();
        var keys = new uint[used.Length];
        var offsets = new int[used.Length + 1];
        var classes = new List<byte>();
        var weights = new List<float>();
        for (var row = 0; row < used.Length; row++)
        {
            keys[row] = used[row].Key;
            foreach (var (cls, weight) in new[] { (0, used[row].Shift), (1, used[row].Left), (2, used[row].Right) })
            {
                if (weight != 0)
                {
                    classes.Add((byte)cls);
                    weights.Add(weight);
                }
            }

            offsets[row + 1] = weights.Count;
        }

        return new WeightRows(3, keys, offsets, [.. classes], [.. weights]);
    }
}
