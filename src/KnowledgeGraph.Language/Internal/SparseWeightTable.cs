using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace KnowledgeGraph.Language.Internal;

/// <summary>The portable form of a weight table: rows sorted by key, entries as parallel arrays.</summary>
internal sealed record WeightRows(int ClassCount, uint[] Keys, int[] RowOffsets, byte[] Classes, float[] Weights)
{
    public int RowCount => Keys.Length;

    public int EntryCount => Weights.Length;

    /// <summary>A copy without the weights whose magnitude is below <paramref name="threshold"/> (and rows left empty).</summary>
    public WeightRows Prune(float threshold)
    {
        var keys = new List<uint>();
        var offsets = new List<int> { 0 };
        var classes = new List<byte>();
        var weights = new List<float>();
        for (var row = 0; row < RowCount; row++)
        {
            var before = weights.Count;
            for (var e = RowOffsets[row]; e < RowOffsets[row + 1]; e++)
            {
                if (Math.Abs(Weights[e]) >= threshold)
                {
                    classes.Add(Classes[e]);
                    weights.Add(Weights[e]);
                }
            }

            if (weights.Count > before)
            {
                keys.Add(Keys[row]);
                offsets.Add(weights.Count);
            }
        }

        return new WeightRows(ClassCount, [.. keys], [.. offsets], [.. classes], [.. weights]);
    }
}

/// <summary>
/// Read-only linear-model weights: feature key → a row of class weights. Perceptron rows are
/// mostly sparse (a word feature only ever moves the few classes it was seen with), so a sparse
/// row of (class, weight) pairs is both smaller and faster to add than a dense one; the few rows
/// that touch many classes (bias, previous-tag and direction features) are stored dense and added
/// with SIMD, which is where most of the scoring time went. Layout is chosen for cache misses: an
/// open-addressing slot holds the key and its row's range (one miss), entries interleave class and
/// weight (one more miss). Lookups allocate nothing. Dense and sparse rows give bit-identical
/// scores (each class still sums its weights in feature order; absent classes add nothing).
/// </summary>
internal sealed class SparseWeightTable
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;

        /// <summary>First entry of a sparse row, or the offset of a dense row in the dense weights.</summary>
        public int Start;

        /// <summary>End of a sparse row's entries; <see cref="DenseRow"/> marks a dense row.</summary>
        public int End;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Entry
    {
        public int Class;
        public float Weight;
    }

    private const int DenseRow = -1;

    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
    private readonly uint _capacity;

    public SparseWeightTable(WeightRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ClassCount = rows.ClassCount;
        RowCount = rows.RowCount;
        _capacity = (uint)Math.Max(8, rows.RowCount + (rows.RowCount / 2));
        _slots = new Slot[_capacity];

        // A row with at least a quarter of the classes is added faster as a dense vector; the
        // threshold bounds the extra memory at 2x those rows' sparse size.
        var denseMinimum = Math.Max(8, ClassCount / 4);
        var denseRows = 0;
        var sparseEntries = 0;
        for (var row = 0; row < rows.RowCount; row++)
        {
            var length = rows.RowOffsets[row + 1] - rows.RowOffsets[row];
            if (length >= denseMinimum)
            {
                denseRows++;
            }
            else
            {
                sparseEntries += length;
            }
        }

        _entries = new Entry[sparseEntries];
        _dense = new float[denseRows * ClassCount];
        var nextEntry = 0;
        var nextDense = 0;
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

            int from = rows.RowOffsets[row], to = rows.RowOffsets[row + 1];
            if (to - from >= denseMinimum)
            {
                for (var e = from; e < to; e++)
                {
                    _dense[nextDense + rows.Classes[e]] = rows.Weights[e];
                }

                _slots[slot] = new Slot { Key = key, Start = nextDense, End = DenseRow };
                nextDense += ClassCount;
            }
            else
            {
                var start = nextEntry;
                for (var e = from; e < to; e++)
                {
                    _entries[nextEntry++] = new Entry { Class = rows.Classes[e], Weight = rows.Weights[e] };
                }

                _slots[slot] = new Slot { Key = key, Start = start, End = nextEntry };
            }
        }
    }

    public int ClassCount { get; }

    public int RowCount { get; }

    public long ApproximateBytes => (_slots.LongLength * 12) + (_entries.LongLength * 8) + (_dense.LongLength * 4);

    // Keys are hash outputs, so their high bits are uniform: multiply-shift maps them onto any capacity.
    private uint SlotOf(uint key) => (uint)(((ulong)key * _capacity) >> 32);

    /// <summary>The slot holding <paramref name="key"/>, or -1 when the table has no such row.</summary>
    private int Find(uint key)
    {
        var slot = SlotOf(key);
        while (true)
        {
            ref readonly var found = ref _slots[slot];
            if (found.Key == key)
            {
                return (int)slot;
            }

            if (found.Key == 0)
            {
                return -1;
            }

            slot = slot + 1 == _capacity ? 0 : slot + 1;
        }
    }

    private void AddRow(in Slot row, Span<float> scores)
    {
        if (row.End == DenseRow)
        {
            AddDense(_dense.AsSpan(row.Start, ClassCount), scores);
            return;
        }

        for (var e = row.Start; e < row.End; e++)
        {
            ref readonly var entry = ref _entries[e];
            scores[entry.Class] += entry.Weight;
        }
    }

    private static void AddDense(ReadOnlySpan<float> row, Span<float> scores)
    {
        var c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; c <= row.Length - Vector<float>.Count; c += Vector<float>.Count)
            {
                (new Vector<float>(scores[c..]) + new Vector<float>(row[c..])).CopyTo(scores[c..]);
            }
        }

        for (; c < row.Length; c++)
        {
            scores[c] += row[c];
        }
    }

    /// <summary>
    /// Sums the rows of <paramref name="features"/> into <paramref name="scores"/> (cleared first).
    /// Three passes so that cache misses overlap instead of queueing: prefetch every slot, then
    /// find every row and prefetch its weights, then add. The additions happen in feature order,
    /// so the result is the same as adding row by row.
    /// </summary>
    public unsafe void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        if (!Sse.IsSupported)
        {
            foreach (var key in features)
            {
                if (Find(key) is var slot and >= 0)
                {
                    AddRow(_slots[slot], scores);
                }
            }

            return;
        }

        Span<int> found = stackalloc int[features.Length];
        fixed (Slot* slots = _slots)
        fixed (Entry* entries = _entries)
        fixed (float* dense = _dense)
        {
            foreach (var key in features)
            {
                Sse.Prefetch0(slots + SlotOf(key));
            }

            for (var i = 0; i < features.Length; i++)
            {
                found[i] = Find(features[i]);
                if (found[i] < 0)
                {
                    continue;
                }

                // The first two cache lines of the row: most rows are shorter than that.
                var row = slots + found[i];
                var start = row->End == DenseRow ? (byte*)(dense + row->Start) : (byte*)(entries + row->Start);
                Sse.Prefetch0(start);
                Sse.Prefetch0(start + 64);
            }
        }

        for (var i = 0; i < features.Length; i++)
        {
            if (found[i] >= 0)
            {
                AddRow(_slots[found[i]], scores);
            }
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
            if (used[row].End == DenseRow)
            {
                for (var c = 0; c < ClassCount; c++)
                {
                    // Stored rows never hold zero weights (ToRows and Prune drop them), so zero means absent.
                    if (_dense[used[row].Start + c] != 0f)
                    {
                        classes.Add((byte)c);
                        weights.Add(_dense[used[row].Start + c]);
                    }
                }
            }
            else
            {
                for (var e = used[row].Start; e < used[row].End; e++)
                {
                    classes.Add((byte)_entries[e].Class);
                    weights.Add(_entries[e].Weight);
                }
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

    public unsafe void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        float shift = 0, left = 0, right = 0;
        var slots = _slots;
        Span<uint> home = stackalloc uint[features.Length];
        fixed (Slot* first = slots)
        {
            // Issue every cache-line fetch before reading any: the lookups are independent, so the
            // misses overlap instead of being paid one after another.
            for (var i = 0; i < features.Length; i++)
            {
                home[i] = SlotOf(features[i]);
                if (Sse.IsSupported)
                {
                    Sse.Prefetch0(first + home[i]);
                }
            }
        }

        for (var i = 0; i < features.Length; i++)
        {
            var key = features[i];
            var slot = home[i];
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
