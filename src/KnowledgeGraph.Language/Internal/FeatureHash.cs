using System.Numerics;

namespace KnowledgeGraph.Language.Internal;

/// <summary>
/// Deterministic hashing for features. string.GetHashCode is randomised per process, so models
/// trained with it would not be reproducible; these mixers are fixed forever (changing them
/// invalidates every model file, which the format version guards).
/// </summary>
internal static class FeatureHash
{
    private const ulong Prime1 = 0x9E3779B97F4A7C15UL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;

    // One multiply per component: the components are themselves hashes or small ids, and the
    // final avalanche in Finish/Key spreads the bits, so heavier per-step mixing buys nothing.
    public static ulong Combine(ulong hash, ulong value) => BitOperations.RotateLeft((hash ^ value) * Prime1, 27);

    public static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return hash;
    }

    /// <summary>A 32-bit feature key; 0 is reserved for empty table slots.</summary>
    public static uint Key(ulong hash)
    {
        var key = (uint)(Finish(hash) >> 32);
        return key == 0 ? 1u : key;
    }

    public static uint Key(int template, ulong a) => Key(Combine(Combine(Prime3, (ulong)template), a));

    public static uint Key(int template, ulong a, ulong b) => Key(Combine(Combine(Combine(Prime3, (ulong)template), a), b));

    public static uint Key(int template, ulong a, ulong b, ulong c) =>
        Key(Combine(Combine(Combine(Combine(Prime3, (ulong)template), a), b), c));

    public static uint Key(int template, ulong a, ulong b, ulong c, ulong d) =>
        Key(Combine(Combine(Combine(Combine(Combine(Prime3, (ulong)template), a), b), c), d));

    public static ulong Text(ReadOnlySpan<char> text)
    {
        var hash = Prime1 ^ (ulong)text.Length;
        foreach (var c in text)
        {
            hash = Combine(hash, c);
        }

        return Finish(hash);
    }

    public static ulong LowerText(ReadOnlySpan<char> text)
    {
        var hash = Prime1 ^ (ulong)text.Length;
        foreach (var c in text)
        {
            hash = Combine(hash, char.ToLowerInvariant(c));
        }

        return Finish(hash);
    }

    /// <summary>Hash of a lowercased suffix, with a marker so suffixes and whole words never share a hash.</summary>
    public static ulong LowerSuffix(ReadOnlySpan<char> text, int length)
    {
        var take = Math.Min(length, text.Length);
        return Combine(LowerText(text[^take..]), 0x5F5F ^ (ulong)length);
    }

    public static ulong LowerPrefix(ReadOnlySpan<char> text, int length)
    {
        var take = Math.Min(length, text.Length);
        return Combine(LowerText(text[..take]), 0x7E7E ^ (ulong)length);
    }
}
