using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// sit in 64-byte buckets aligned to cache lines, seven keys and their rows' ranges per bucket (one
/// miss, found or not, as in <see cref="TransitionWeightTable"/>); a sparse row's entries are
/// 4 bytes, class and Half weight bits (one more miss, a line holds 16 of them). Lookups allocate
/// nothing. Dense and sparse rows give bit-identical scores (each class still sums its weights in
/// feature order; absent classes add nothing), and so does the Half storage: the model files store
/// Half and training rounds through Half (<see cref="AveragedPerceptron.ToRows"/>).
/// </summary>
internal sealed unsafe class SparseWeightTable
{
    private const int BucketBytes = 64;
    private const int KeysPerBucket = 7;
    private const int RowsOffset = KeysPerBucket * sizeof(uint);
    private const int OverflowOffset = RowsOffset + (KeysPerBucket * sizeof(uint));
    private const uint KeyMask = (1u << KeysPerBucket) - 1;

    // A bucket's row reference: (first entry << 8) | entry count for a sparse row, or (dense row
    // index << 8) with count 0 for a dense one.
    private const int RowLengthBits = 8;
    private const int MaxRowStart = (1 << (32 - RowLengthBits)) - 1;

    /// <summary>Share of the key slots in use (see <see cref="TransitionWeightTable.DefaultLoadFactor"/>).</summary>
    public const double DefaultLoadFactor = 0.5;

    // Pinned (never moves) and over-allocated by one bucket so that the buckets can start on a cache line.
    private readonly byte[] _memory;
    private readonly byte* _buckets;
    private readonly uint _bucketCount;

    // Sparse entries, (Half weight bits << 16) | class.
    private readonly uint[] _entries;
    private readonly float[] _dense;

    public SparseWeightTable(WeightRows rows, double loadFactor = DefaultLoadFactor)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (loadFactor is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(loadFactor), "A load factor is above 0 and at most 1.");
        }

        ClassCount = rows.ClassCount;
        RowCount = rows.RowCount;
        // One bucket more than the load factor asks for, so that some bucket always has room and
        // the search for an absent key ends even in a full table.
        _bucketCount = (uint)Math.Max(2, (int)(rows.RowCount / (KeysPerBucket * loadFactor)) + 1);
        _memory = GC.AllocateArray<byte>((int)((_bucketCount + 1) * BucketBytes), pinned: true);
        var start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_memory));
        _buckets = (byte*)((start + BucketBytes - 1) & ~(nint)(BucketBytes - 1));

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

            Insert(rows.Keys[row], reference);
        }
    }

    public int ClassCount { get; }

    public int RowCount { get; }

    public long ApproximateBytes => _memory.LongLength + (_entries.LongLength * sizeof(uint)) + (_dense.LongLength * sizeof(float));

    // Keys are hash outputs, so their high bits are uniform: multiply-shift maps them onto any capacity.
    private uint BucketOf(uint key) => (uint)(((ulong)key * _bucketCount) >> 32);

    private uint NextBucket(uint bucket) => bucket + 1 == _bucketCount ? 0 : bucket + 1;

    private byte* Bucket(uint bucket) => _buckets + ((nint)bucket * BucketBytes);

    private void Insert(uint key, uint reference)
    {
        if (key == 0)
        {
            throw new InvalidDataException("Feature key 0 is reserved for empty slots.");
        }

        var home = BucketOf(key);
        var bucket = home;
        while (true)
        {
            var keys = (uint*)Bucket(bucket);
            for (var e = 0; e < KeysPerBucket; e++)
            {
                if (keys[e] == key)
                {
                    throw new InvalidDataException("Duplicate feature key in weight table.");
                }

                if (keys[e] == 0)
                {
                    keys[e] = key;
                    ((uint*)((byte*)keys + RowsOffset))[e] = reference;
                    if (bucket != home)
                    {
                        *(uint*)(Bucket(home) + OverflowOffset) = 1;
                    }

                    return;
                }
            }

            bucket = NextBucket(bucket);
        }
    }

    /// <summary>The row reference of <paramref name="key"/>, or null when the table has no such row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint* Find(uint key, uint home)
    {
        var start = Bucket(home);
        var match = Vector256.Equals(Vector256.Load((uint*)start), Vector256.Create(key)).ExtractMostSignificantBits() & KeyMask;
        if (match != 0)
        {
            return (uint*)(start + RowsOffset) + BitOperations.TrailingZeroCount(match);
        }

        return *(uint*)(start + OverflowOffset) == 0 ? null : FindDisplaced(key, home);
    }

    /// <summary>The row reference of <paramref name="key"/> when it is not in its home bucket (which overflowed), or null.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private uint* FindDisplaced(uint key, uint home)
    {
        var wanted = Vector256.Create(key);
        var bucket = home;
        while (true)
        {
            bucket = NextBucket(bucket);
            var start = Bucket(bucket);
            var match = Vector256.Equals(Vector256.Load((uint*)start), wanted).ExtractMostSignificantBits() & KeyMask;
            if (match != 0)
            {
                return (uint*)(start + RowsOffset) + BitOperations.TrailingZeroCount(match);
            }

            // Keys fill a bucket from the front, so a bucket with a free last slot ends the search.
            if (((uint*)start)[KeysPerBucket - 1] == 0)
            {
                return null;
            }
        }
    }

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
        Span<uint> found = stackalloc uint[features.Length];
        for (var i = 0; i < features.Length; i++)
        {
            found[i] = BucketOf(features[i]);
            if (Sse.IsSupported)
            {
                Sse.Prefetch0(Bucket(found[i]));
            }
        }

        // A found row's reference, or uint.MaxValue for an absent key (no row has that reference:
        // its count would be 255, above any sparse row's).
        fixed (uint* entries = _entries)
        fixed (float* dense = _dense)
        {
            for (var i = 0; i < features.Length; i++)
            {
                var reference = Find(features[i], found[i]);
                found[i] = reference == null ? uint.MaxValue : *reference;
                if (reference != null && Sse.IsSupported)
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
        var used = new List<(uint Key, uint Reference)>(RowCount);
        for (uint bucket = 0; bucket < _bucketCount; bucket++)
        {
            var keys = (uint*)Bucket(bucket);
            for (var e = 0; e < KeysPerBucket && keys[e] != 0; e++)
            {
                used.Add((keys[e], ((uint*)((byte*)keys + RowsOffset))[e]));
            }
        }

        used.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keysOut = new uint[used.Count];
        var offsets = new int[used.Count + 1];
        var classes = new List<byte>(_entries.Length);
        var weights = new List<float>(_entries.Length);
        for (var row = 0; row < used.Count; row++)
        {
            keysOut[row] = used[row].Key;
            var length = (int)(used[row].Reference & ((1u << RowLengthBits) - 1));
            var first = (int)(used[row].Reference >> RowLengthBits);
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

        return new WeightRows(ClassCount, keysOut, offsets, [.. classes], [.. weights]);
    }
}

/// <summary>
/// Dense variant for the parser's three transitions, laid out for cache misses: 64-byte buckets
/// aligned to cache lines, each holding six keys and their three weights as Half bits (the model
/// files store Half and training rounds through Half, see <see cref="AveragedPerceptron.ToRows"/>,
/// so nothing is lost), so a feature costs one cache-line fetch whether it is found or not. A key
/// lives in its home bucket or, when that is full, in the first later bucket with room; the home
/// bucket then carries an overflow mark, so looking up an absent key reads only its home bucket
/// unless that bucket overflowed. The earlier layout (16-byte slots of key and three floats,
/// linear probing at two thirds full) straddled cache lines and probed on into the next line for
/// absent keys; this one is 10% smaller, parses a third faster, and its scores are bit-identical
/// (the same values added in feature order).
/// </summary>
internal sealed unsafe class TransitionWeightTable
{
    private const int BucketBytes = 64;
    private const int KeysPerBucket = 6;
    private const int WeightsOffset = KeysPerBucket * sizeof(uint);
    private const int OverflowOffset = WeightsOffset + (KeysPerBucket * 3 * sizeof(ushort));
    private const uint KeyMask = (1u << KeysPerBucket) - 1;

    /// <summary>
    /// Share of the slots in use. Half-empty buckets rarely overflow (under 4% of them), so nearly
    /// every lookup reads one cache line; measured on EWT dev, parse time per pass was 120-127 ms at
    /// 0.7, 111-113 at 0.6, 96-100 at 0.5 and 93-94 at 0.4 (32 MiB for the committed parser at 0.5).
    /// </summary>
    public const double DefaultLoadFactor = 0.5;

    // Pinned (never moves) and over-allocated by one bucket so that the buckets can start on a cache line.
    private readonly byte[] _memory;
    private readonly byte* _buckets;
    private readonly uint _bucketCount;

    public TransitionWeightTable(WeightRows rows, double loadFactor = DefaultLoadFactor)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.ClassCount != 3)
        {
            throw new InvalidDataException("Transition table must have exactly three classes.");
        }

        RowCount = rows.RowCount;
        if (loadFactor is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(loadFactor), "A load factor is above 0 and at most 1.");
        }

        // One bucket more than the load factor asks for, so that some bucket always has room and
        // the search for an absent key ends even in a full table.
        _bucketCount = (uint)Math.Max(2, (int)(rows.RowCount / (KeysPerBucket * loadFactor)) + 1);
        _memory = GC.AllocateArray<byte>((int)((_bucketCount + 1) * BucketBytes), pinned: true);
        var start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_memory));
        _buckets = (byte*)((start + BucketBytes - 1) & ~(nint)(BucketBytes - 1));
        Span<ushort> row3 = stackalloc ushort[3];
        for (var row = 0; row < rows.RowCount; row++)
        {
            row3.Clear();
            for (var e = rows.RowOffsets[row]; e < rows.RowOffsets[row + 1]; e++)
            {
                row3[rows.Classes[e]] = HalfBits.FromSingle(rows.Weights[e]);
            }

            Insert(rows.Keys[row], row3);
        }
    }

    public int RowCount { get; }

    public long ApproximateBytes => _memory.LongLength;

    /// <summary>Rows stored outside their home bucket (tooling: tunes the load factor).</summary>
    public int DisplacedRows { get; private set; }

    private uint BucketOf(uint key) => (uint)(((ulong)key * _bucketCount) >> 32);

    private uint NextBucket(uint bucket) => bucket + 1 == _bucketCount ? 0 : bucket + 1;

    private void Insert(uint key, ReadOnlySpan<ushort> weights)
    {
        if (key == 0)
        {
            throw new InvalidDataException("Feature key 0 is reserved for empty slots.");
        }

        var home = BucketOf(key);
        var bucket = home;
        while (true)
        {
            var keys = (uint*)(_buckets + ((nint)bucket * BucketBytes));
            for (var e = 0; e < KeysPerBucket; e++)
            {
                if (keys[e] == key)
                {
                    throw new InvalidDataException("Duplicate feature key in weight table.");
                }

                if (keys[e] == 0)
                {
                    keys[e] = key;
                    weights.CopyTo(new Span<ushort>((byte*)keys + WeightsOffset + (e * 3 * sizeof(ushort)), 3));
                    if (bucket != home)
                    {
                        *(uint*)(_buckets + ((nint)home * BucketBytes) + OverflowOffset) = 1;
                        DisplacedRows++;
                    }

                    return;
                }
            }

            bucket = NextBucket(bucket);
        }
    }

    /// <summary>Weights of <paramref name="key"/> when it is not in its home bucket (which overflowed), or null.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ushort* FindDisplaced(uint key, uint home)
    {
        var wanted = Vector256.Create(key);
        var bucket = home;
        while (true)
        {
            bucket = NextBucket(bucket);
            var start = _buckets + ((nint)bucket * BucketBytes);
            var match = Vector256.Equals(Vector256.Load((uint*)start), wanted).ExtractMostSignificantBits() & KeyMask;
            if (match != 0)
            {
                return (ushort*)(start + WeightsOffset) + (3 * BitOperations.TrailingZeroCount(match));
            }

            // Keys fill a bucket from the front, so a bucket with a free last slot ends the search.
            if (((uint*)start)[KeysPerBucket - 1] == 0)
            {
                return null;
            }
        }
    }

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        Span<uint> home = stackalloc uint[features.Length];

        // Issue every cache-line fetch before reading any: the lookups are independent, so the
        // misses overlap instead of being paid one after another.
        for (var i = 0; i < features.Length; i++)
        {
            home[i] = BucketOf(features[i]);
            if (Sse.IsSupported)
            {
                Sse.Prefetch0(_buckets + ((nint)home[i] * BucketBytes));
            }
        }

        // The three sums in the three lower lanes (the fourth adds whatever follows a slot's weights
        // and is never read); each lane adds its weights in feature order, as three scalars would.
        var sums = Vector128<float>.Zero;
        for (var i = 0; i < features.Length; i++)
        {
            var start = _buckets + ((nint)home[i] * BucketBytes);
            var match = Vector256.Equals(Vector256.Load((uint*)start), Vector256.Create(features[i])).ExtractMostSignificantBits() & KeyMask;
            ushort* weights;
            if (match != 0)
            {
                weights = (ushort*)(start + WeightsOffset) + (3 * BitOperations.TrailingZeroCount(match));
            }
            else if (*(uint*)(start + OverflowOffset) == 0 || (weights = FindDisplaced(features[i], home[i])) == null)
            {
                continue;
            }

            sums += HalfBits.ToSingle4(Unsafe.ReadUnaligned<ulong>(weights));
        }

        scores[0] = sums[0];
        scores[1] = sums[1];
        scores[2] = sums[2];
    }

    public WeightRows Export()
    {
        var rows = new List<(uint Key, float Shift, float Left, float Right)>(RowCount);
        for (var bucket = 0; bucket < _bucketCount; bucket++)
        {
            var keys = (uint*)(_buckets + ((nint)bucket * BucketBytes));
            var weights = (ushort*)((byte*)keys + WeightsOffset);
            for (var e = 0; e < KeysPerBucket && keys[e] != 0; e++)
            {
                rows.Add((keys[e], HalfBits.ToSingle(weights[3 * e]), HalfBits.ToSingle(weights[(3 * e) + 1]), HalfBits.ToSingle(weights[(3 * e) + 2])));
            }
        }

        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        var keysOut = new uint[rows.Count];
        var offsets = new int[rows.Count + 1];
        var classes = new List<byte>();
        var weightsOut = new List<float>();
        for (var row = 0; row < rows.Count; row++)
        {
            keysOut[row] = rows[row].Key;
            foreach (var (cls, weight) in new[] { (0, rows[row].Shift), (1, rows[row].Left), (2, rows[row].Right) })
            {
                if (weight != 0)
                {
                    classes.Add((byte)cls);
                    weightsOut.Add(weight);
                }
            }

            offsets[row + 1] = weightsOut.Count;
        }

        return new WeightRows(3, keysOut, offsets, [.. classes], [.. weightsOut]);
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
