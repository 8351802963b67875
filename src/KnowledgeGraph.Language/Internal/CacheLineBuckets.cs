using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace KnowledgeGraph.Language.Internal;

/// <summary>
/// The key index shared by the weight tables, laid out for cache misses: open addressing over
/// 64-byte buckets aligned to cache lines, each starting with up to eight 32-bit keys (0 = empty)
/// followed by the owner's per-key payload, so a lookup reads one cache line whether the key is
/// found or not. A key lives in its home bucket or, when that is full, in the first later bucket
/// with room; the home bucket then carries an overflow mark, so looking up an absent key reads
/// only its home bucket unless that bucket overflowed. Keys fill a bucket from the front.
/// </summary>
internal sealed unsafe class CacheLineBuckets
{
    public const int BucketBytes = 64;

    /// <summary>
    /// Share of the key slots in use. Half-empty buckets rarely overflow (under 4% of them), so nearly
    /// every lookup reads one cache line; measured on EWT dev with the transition table, parse time
    /// per pass was 120-127 ms at 0.7, 111-113 at 0.6, 96-100 at 0.5 and 93-94 at 0.4.
    /// </summary>
    public const double DefaultLoadFactor = 0.5;

    // Pinned (never moves) and over-allocated by one bucket so that the buckets can start on a cache line.
    private readonly byte[] _memory;
    private readonly byte* _buckets;
    private readonly uint _count;
    private readonly int _keysPerBucket;
    private readonly uint _keyMask;
    private readonly int _overflowOffset;

    /// <param name="overflowOffset">Where in a bucket the owner leaves 4 bytes for the overflow mark.</param>
    public CacheLineBuckets(int keyCount, int keysPerBucket, int overflowOffset, double loadFactor)
    {
        if (loadFactor is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(loadFactor), "A load factor is above 0 and at most 1.");
        }

        // Keys are compared eight at a time (one 32-byte vector from the bucket's start).
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keysPerBucket, 8);
        _keysPerBucket = keysPerBucket;
        _keyMask = (1u << keysPerBucket) - 1;
        _overflowOffset = overflowOffset;

        // One bucket more than the load factor asks for, so that some bucket always has room and
        // the search for an absent key ends even in a full table.
        _count = (uint)Math.Max(2, (int)(keyCount / (keysPerBucket * loadFactor)) + 1);
        _memory = GC.AllocateArray<byte>(checked((int)((_count + 1) * BucketBytes)), pinned: true);
        var start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_memory));
        _buckets = (byte*)((start + BucketBytes - 1) & ~(nint)(BucketBytes - 1));
    }

    public uint Count => _count;

    public long Bytes => _memory.LongLength;

    /// <summary>Keys stored outside their home bucket (tooling: tunes the load factor).</summary>
    public int DisplacedKeys { get; private set; }

    // Keys are hash outputs, so their high bits are uniform: multiply-shift maps them onto any capacity.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint HomeOf(uint key) => (uint)(((ulong)key * _count) >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte* Bucket(uint bucket) => _buckets + ((nint)bucket * BucketBytes);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint bucket)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Bucket(bucket));
        }
    }

    private uint Next(uint bucket) => bucket + 1 == _count ? 0 : bucket + 1;

    /// <summary>Adds <paramref name="key"/>; returns its bucket and its slot there, for the payload.</summary>
    public byte* Insert(uint key, out int slot)
    {
        if (key == 0)
        {
            throw new InvalidDataException("Feature key 0 is reserved for empty slots.");
        }

        var home = HomeOf(key);
        var bucket = home;
        while (true)
        {
            var keys = (uint*)Bucket(bucket);
            for (slot = 0; slot < _keysPerBucket; slot++)
            {
                if (keys[slot] == key)
                {
                    throw new InvalidDataException("Duplicate feature key in weight table.");
                }

                if (keys[slot] == 0)
                {
                    keys[slot] = key;
                    if (bucket != home)
                    {
                        *(uint*)(Bucket(home) + _overflowOffset) = 1;
                        DisplacedKeys++;
                    }

                    return (byte*)keys;
                }
            }

            bucket = Next(bucket);
        }
    }

    /// <summary>The bucket holding <paramref name="key"/> and its slot there, or null when the key is absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte* Find(uint key, uint home, out int slot)
    {
        var start = Bucket(home);
        var match = Vector256.Equals(Vector256.Load((uint*)start), Vector256.Create(key)).ExtractMostSignificantBits() & _keyMask;
        if (match != 0)
        {
            slot = BitOperations.TrailingZeroCount(match);
            return start;
        }

        slot = -1;
        return *(uint*)(start + _overflowOffset) == 0 ? null : FindDisplaced(key, home, out slot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private byte* FindDisplaced(uint key, uint home, out int slot)
    {
        var wanted = Vector256.Create(key);
        var bucket = home;
        while (true)
        {
            bucket = Next(bucket);
            var start = Bucket(bucket);
            var match = Vector256.Equals(Vector256.Load((uint*)start), wanted).ExtractMostSignificantBits() & _keyMask;
            if (match != 0)
            {
                slot = BitOperations.TrailingZeroCount(match);
                return start;
            }

            // A bucket with a free last slot ends the search: the key would have gone there.
            if (((uint*)start)[_keysPerBucket - 1] == 0)
            {
                slot = -1;
                return null;
            }
        }
    }

    /// <summary>Every stored key with its bucket and slot (for exporting the rows).</summary>
    public List<(uint Key, uint Bucket, int Slot)> Entries()
    {
        var entries = new List<(uint, uint, int)>();
        for (uint bucket = 0; bucket < _count; bucket++)
        {
            var keys = (uint*)Bucket(bucket);
            for (var slot = 0; slot < _keysPerBucket && keys[slot] != 0; slot++)
            {
                entries.Add((keys[slot], bucket, slot));
            }
        }

        return entries;
    }
}
