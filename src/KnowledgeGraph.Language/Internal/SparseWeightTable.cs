using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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
/// with SIMD, which is where most of the scoring time went. Layout is chosen for cache misses: keys
/// sit in <see cref="CacheLineBuckets"/>, seven keys and their rows' references per bucket (one
/// miss, found or not); a sparse row's entries are 4 bytes, class and Half weight bits (one more
/// miss, a line holds 16 of them). Lookups allocate nothing. Dense and sparse rows give
/// bit-identical scores (each class still sums its weights in feature order; absent classes add
/// nothing), and so does the Half storage: the model files store Half and training rounds through
/// Half (<see cref="AveragedPerceptron.ToRows"/>).
/// </summary>
internal sealed unsafe class SparseWeightTable
{
    private const int KeysPerBucket = 7;
    private const int RowsOffset = KeysPerBucket * sizeof(uint);
    private const int OverflowOffset = RowsOffset + (KeysPerBucket * sizeof(uint));

    // A bucket's row reference: (first entry << 8) | entry count for a sparse row, or (dense row
    // index << 8) with count 0 for a dense one.
    private const int RowLengthBits = 8;
    private const int MaxRowStart = (1 << (32 - RowLengthBits)) - 1;

    private readonly CacheLineBuckets _buckets;

    // Sparse entries, (Half weight bits << 16) | class.
    private readonly uint[] _entries;
    private readonly float[] _dense;

    public SparseWeightTable(WeightRows rows, double loadFactor = CacheLineBuckets.DefaultLoadFactor)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ClassCount = rows.ClassCount;
        RowCount = rows.RowCount;
        _buckets = new CacheLineBuckets(rows.RowCount, KeysPerBucket, OverflowOffset, loadFactor);

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

        if (sparseEntries > MaxRowStart || denseRows > MaxRowStart || denseMinimum >= 1 << RowLengthBits)
        {
            throw new InvalidDataException("Weight table is too large for its layout.");
        }

        _entries = new uint[sparseEntries];
        _dense = new float[denseRows * ClassCount];
        var nextEntry = 0;
        var nextDense = 0;
        for (var row = 0; row < rows.RowCount; row++)
        {
            int from = rows.RowOffsets[row], to = rows.RowOffsets[row + 1];
            uint reference;
            if (to - from >= denseMinimum)
            {
                for (var e = from; e < to; e++)
                {
                    _dense[(nextDense * ClassCount) + rows.Classes[e]] = HalfBits.ToSingle(HalfBits.FromSingle(rows.Weights[e]));
                }

                reference = (uint)nextDense++ << RowLengthBits;
            }
            else
            {
                reference = ((uint)nextEntry << RowLengthBits) | (uint)(to - from);
                for (var e = from; e < to; e++)
                {
                    _entries[nextEntry++] = ((uint)HalfBits.FromSingle(rows.Weights[e]) << 16) | rows.Classes[e];
                }
            }

            var bucket = _buckets.Insert(rows.Keys[row], out var slot);
            ((uint*)(bucket + RowsOffset))[slot] = reference;
        }
    }

    public int ClassCount { get; }

    public int RowCount { get; }

    public long ApproximateBytes => _buckets.Bytes + (_entries.LongLength * sizeof(uint)) + (_dense.LongLength * sizeof(float));

    private void AddRow(uint reference, Span<float> scores)
    {
        var length = (int)(reference & ((1u << RowLengthBits) - 1));
        var first = (int)(reference >> RowLengthBits);
        if (length == 0)
        {
            AddDense(_dense.AsSpan(first * ClassCount, ClassCount), scores);
            return;
        }

        foreach (var entry in _entries.AsSpan(first, length))
        {
            scores[(int)(entry & 0xFFFF)] += HalfBits.ToSingle((ushort)(entry >> 16));
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
    /// Three passes so that cache misses overlap instead of queueing: prefetch every bucket, then
    /// find every row and prefetch its weights, then add. The additions happen in feature order,
    /// so the result is the same as adding row by row.
    /// </summary>
    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        scores.Clear();
        Accumulate(features, scores);
    }

    /// <summary>
    /// Adds the rows of <paramref name="features"/> to <paramref name="scores"/> as they are, in feature order, as
    /// <see cref="Score"/> does after clearing: scoring features a then b equals scoring a, then accumulating b, bit
    /// for bit (each class adds its weights one after another either way). The scratch below is written before it is
    /// read, so it is not zeroed on every call.
    /// </summary>
    [SkipLocalsInit]
    public void Accumulate(ReadOnlySpan<uint> features, Span<float> scores)
    {
        Span<uint> found = stackalloc uint[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            found[i] = _buckets.HomeOf(features[i]);
            _buckets.Prefetch(found[i]);
        }

        // A found row's reference, or uint.MaxValue for an absent key (no row has that reference:
        // its count would be 255, above any sparse row's).
        fixed (uint* entries = _entries)
        fixed (float* dense = _dense)
        {
            for (var i = 0; i < features.Length; i++)
            {
                var bucket = _buckets.Find(features[i], found[i], out var slot);
                found[i] = bucket == null ? uint.MaxValue : ((uint*)(bucket + RowsOffset))[slot];
                if (bucket != null && Sse.IsSupported)
                {
                    var length = found[i] & ((1u << RowLengthBits) - 1);
                    var first = (nint)(found[i] >> RowLengthBits);
                    Sse.Prefetch0(length == 0 ? dense + (first * ClassCount) : (byte*)(entries + first));
                }
            }
        }

        foreach (var reference in found)
        {
            if (reference != uint.MaxValue)
            {
                AddRow(reference, scores);
            }
        }
    }

    /// <summary>The rows sorted by key, for writing a model file.</summary>
    public WeightRows Export()
    {
        var used = _buckets.Entries();
        used.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new uint[used.Count];
        var offsets = new int[used.Count + 1];
        var classes = new List<byte>(_entries.Length);
        var weights = new List<float>(_entries.Length);
        for (var row = 0; row < used.Count; row++)
        {
            keys[row] = used[row].Key;
            var reference = ((uint*)(_buckets.Bucket(used[row].Bucket) + RowsOffset))[used[row].Slot];
            var length = (int)(reference & ((1u << RowLengthBits) - 1));
            var first = (int)(reference >> RowLengthBits);
            if (length == 0)
            {
                for (var c = 0; c < ClassCount; c++)
                {
                    // Stored rows never hold zero weights (ToRows and Prune drop them), so zero means absent.
                    if (_dense[(first * ClassCount) + c] != 0f)
                    {
                        classes.Add((byte)c);
                        weights.Add(_dense[(first * ClassCount) + c]);
                    }
                }
            }
            else
            {
                foreach (var entry in _entries.AsSpan(first, length))
                {
                    classes.Add((byte)entry);
                    weights.Add(HalfBits.ToSingle((ushort)(entry >> 16)));
                }
            }

            offsets[row + 1] = weights.Count;
        }

        return new WeightRows(ClassCount, keys, offsets, [.. classes], [.. weights]);
    }
}

/// <summary>
/// Dense variant for the parser's three transitions: <see cref="CacheLineBuckets"/> with six keys
/// and their three weights as Half bits per bucket (the model files store Half and training rounds
/// through Half, see <see cref="AveragedPerceptron.ToRows"/>, so nothing is lost), so a feature
/// costs one cache-line fetch whether it is found or not. The earlier layout (16-byte slots of key
/// and three floats, linear probing at two thirds full) straddled cache lines and probed on into
/// the next line for absent keys; this one is 10% smaller, its lookups take about half the time
/// (parsing EWT dev: 160 → 85 ms per pass), and its scores are bit-identical (the same values
/// added in feature order).
/// </summary>
internal sealed unsafe class TransitionWeightTable
{
    private const int KeysPerBucket = 6;
    private const int WeightsOffset = KeysPerBucket * sizeof(uint);
    private const int OverflowOffset = WeightsOffset + (KeysPerBucket * 3 * sizeof(ushort));

    private readonly CacheLineBuckets _buckets;

    public TransitionWeightTable(WeightRows rows, double loadFactor = CacheLineBuckets.DefaultLoadFactor)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.ClassCount != 3)
        {
            throw new InvalidDataException("Transition table must have exactly three classes.");
        }

        RowCount = rows.RowCount;
        _buckets = new CacheLineBuckets(rows.RowCount, KeysPerBucket, OverflowOffset, loadFactor);
        Span<ushort> row3 = stackalloc ushort[3];
        for (var row = 0; row < rows.RowCount; row++)
        {
            row3.Clear();
            for (var e = rows.RowOffsets[row]; e < rows.RowOffsets[row + 1]; e++)
            {
                row3[rows.Classes[e]] = HalfBits.FromSingle(rows.Weights[e]);
            }

            var bucket = _buckets.Insert(rows.Keys[row], out var slot);
            row3.CopyTo(new Span<ushort>(Weights(bucket, slot), 3));
        }
    }

    public int RowCount { get; }

    public long ApproximateBytes => _buckets.Bytes;

    /// <summary>Rows stored outside their home bucket (tooling: tunes the load factor).</summary>
    public int DisplacedRows => _buckets.DisplacedKeys;

    private static ushort* Weights(byte* bucket, int slot) => (ushort*)(bucket + WeightsOffset) + (3 * slot);

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        Span<uint> home = stackalloc uint[features.Length];

        // Issue every cache-line fetch before reading any: the lookups are independent, so the
        // misses overlap instead of being paid one after another.
        for (var i = 0; i < features.Length; i++)
        {
            home[i] = _buckets.HomeOf(features[i]);
            _buckets.Prefetch(home[i]);
        }

        // The three sums in the three lower lanes (the fourth adds whatever follows a slot's weights
        // and is never read); each lane adds its weights in feature order, as three scalars would.
        var sums = Vector128<float>.Zero;
        for (var i = 0; i < features.Length; i++)
        {
            var bucket = _buckets.Find(features[i], home[i], out var slot);
            if (bucket != null)
            {
                sums += HalfBits.ToSingle4(Unsafe.ReadUnaligned<ulong>(Weights(bucket, slot)));
            }
        }

        scores[0] = sums[0];
        scores[1] = sums[1];
        scores[2] = sums[2];
    }

    public WeightRows Export()
    {
        var used = _buckets.Entries();
        used.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keys = new uint[used.Count];
        var offsets = new int[used.Count + 1];
        var classes = new List<byte>();
        var weights = new List<float>();
        for (var row = 0; row < used.Count; row++)
        {
            keys[row] = used[row].Key;
            var stored = Weights(_buckets.Bucket(used[row].Bucket), used[row].Slot);
            for (var c = 0; c < 3; c++)
            {
                var weight = HalfBits.ToSingle(stored[c]);
                if (weight != 0)
                {
                    classes.Add((byte)c);
                    weights.Add(weight);
                }
            }

            offsets[row + 1] = weights.Count;
        }

        return new WeightRows(3, keys, offsets, [.. classes], [.. weights]);
    }
}

/// <summary>
/// Half-precision weights held as their 16 bits. The conversion to float is exact for every finite
/// Half (it shifts the bits into place and rescales the exponent, which covers subnormals too);
/// infinities and NaN cannot be represented this way and are refused when a table is built.
/// </summary>
internal static class HalfBits
{
    // 2^112 moves a Half's exponent bias (15) to a float's (127).
    private static readonly float ExponentRescale = BitConverter.Int32BitsToSingle((127 + 112) << 23);

    public static ushort FromSingle(float weight)
    {
        var half = (Half)weight;
        if (!Half.IsFinite(half))
        {
            throw new InvalidDataException($"Weight {weight} does not fit in a Half.");
        }

        return BitConverter.HalfToUInt16Bits(half);
    }

    /// <summary>The four Halves packed in <paramref name="bits"/> (lowest first), converted as <see cref="ToSingle"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> ToSingle4(ulong bits)
    {
        var halves = Vector128.WidenLower(Vector128.CreateScalarUnsafe(bits).AsUInt16()).AsInt32();
        var moved = ((halves & Vector128.Create(0x8000)) << 16) | ((halves & Vector128.Create(0x7FFF)) << 13);
        return moved.AsSingle() * Vector128.Create(ExponentRescale);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ToSingle(ushort bits) =>
        BitConverter.Int32BitsToSingle(((bits & 0x8000) << 16) | ((bits & 0x7FFF) << 13)) * ExponentRescale;
}
