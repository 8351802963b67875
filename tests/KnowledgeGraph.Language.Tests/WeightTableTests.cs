using KnowledgeGraph.Language.Internal;

namespace KnowledgeGraph.Language.Tests;

public sealed class WeightTableTests
{
    // Not a multiple of any SIMD width, so the scalar tail of a dense row is exercised too.
    private const int Classes = 43;

    // Rows of every length from 1 to all classes, so both the sparse and the dense (SIMD) layout
    // are exercised, with weights that are not exactly representable sums.
    private static WeightRows MixedRows()
    {
        var random = new Random(11);
        var keys = new List<uint>();
        var offsets = new List<int> { 0 };
        var classes = new List<byte>();
        var weights = new List<float>();
        for (var length = 1; length <= Classes; length++)
        {
            keys.Add((uint)(length * 7919) + 3);
            foreach (var c in Enumerable.Range(0, Classes).OrderBy(_ => random.Next()).Take(length).Order())
            {
                classes.Add((byte)c);
                weights.Add((float)(Half)((random.NextDouble() * 6) - 3 + 0.001));
            }

            offsets.Add(weights.Count);
        }

        return new WeightRows(Classes, [.. keys], [.. offsets], [.. classes], [.. weights]);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Score_SparseAndDenseRows_EqualsSummingEveryEntryInFeatureOrder(double loadFactor)
    {
        // At load 1 the buckets are full, so keys sit outside their home bucket as well.
        var rows = MixedRows();
        var table = new SparseWeightTable(rows, loadFactor);
        uint[] features = [.. rows.Keys.Reverse(), 12345u];
        var expected = new float[Classes];
        foreach (var key in features)
        {
            var row = Array.IndexOf(rows.Keys, key);
            for (var e = row < 0 ? 0 : rows.RowOffsets[row]; row >= 0 && e < rows.RowOffsets[row + 1]; e++)
            {
                expected[rows.Classes[e]] += rows.Weights[e];
            }
        }

        var scores = new float[Classes];
        table.Score(features, scores);

        Assert.Equal(expected, scores);
    }

    [Fact]
    public void Export_SparseAndDenseRows_GivesTheRowsBack()
    {
        var rows = MixedRows();

        var exported = new SparseWeightTable(rows, loadFactor: 1.0).Export();

        Assert.Equal(rows.Keys.Order(), exported.Keys);
        var byKey = Enumerable.Range(0, rows.RowCount).ToDictionary(r => rows.Keys[r]);
        for (var row = 0; row < exported.RowCount; row++)
        {
            var source = byKey[exported.Keys[row]];
            Assert.Equal(rows.Classes[rows.RowOffsets[source]..rows.RowOffsets[source + 1]], exported.Classes[exported.RowOffsets[row]..exported.RowOffsets[row + 1]]);
            Assert.Equal(rows.Weights[rows.RowOffsets[source]..rows.RowOffsets[source + 1]], exported.Weights[exported.RowOffsets[row]..exported.RowOffsets[row + 1]]);
        }
    }

    // Three-class rows with any of the seven non-empty class subsets, Half-exact weights (as the
    // model files and AveragedPerceptron.ToRows give), in key order as the files store them.
    private static WeightRows TransitionRows(int count, int seed)
    {
        var random = new Random(seed);
        var keys = new SortedSet<uint>();
        while (keys.Count < count)
        {
            keys.Add((uint)random.NextInt64(1, uint.MaxValue));
        }

        var offsets = new List<int> { 0 };
        var classes = new List<byte>();
        var weights = new List<float>();
        foreach (var _ in keys)
        {
            var subset = random.Next(1, 8);
            for (var c = 0; c < 3; c++)
            {
                if ((subset & (1 << c)) != 0)
                {
                    classes.Add((byte)c);
                    weights.Add((float)(Half)((random.NextDouble() * 8) - 4 + 0.0001));
                }
            }

            offsets.Add(weights.Count);
        }

        return new WeightRows(3, [.. keys], [.. offsets], [.. classes], [.. weights]);
    }

    private static float[] SumInFeatureOrder(WeightRows rows, uint[] features)
    {
        var expected = new float[3];
        foreach (var key in features)
        {
            var row = Array.BinarySearch(rows.Keys, key);
            for (var e = row < 0 ? 0 : rows.RowOffsets[row]; row >= 0 && e < rows.RowOffsets[row + 1]; e++)
            {
                expected[rows.Classes[e]] += rows.Weights[e];
            }
        }

        return expected;
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void TransitionScore_PresentAndAbsentKeys_EqualsSummingFloatWeightsInFeatureOrder(double loadFactor)
    {
        // At load 1 every bucket is full, so many keys sit outside their home bucket and absent keys
        // probe along chains of full buckets: the displaced path is exercised as well as the home one.
        var rows = TransitionRows(3000, seed: 5);
        var table = new TransitionWeightTable(rows, loadFactor);
        var random = new Random(6);
        var scores = new float[3];
        for (var state = 0; state < 200; state++)
        {
            var features = Enumerable.Range(0, 96)
                .Select(_ => random.Next(3) == 0 ? (uint)random.NextInt64(1, uint.MaxValue) : rows.Keys[random.Next(rows.RowCount)])
                .ToArray();

            table.Score(features, scores);

            Assert.Equal(SumInFeatureOrder(rows, features), scores);
        }

        Assert.True(loadFactor < 1 || table.DisplacedRows > 0, "a full table displaces keys");
    }

    [Fact]
    public void TransitionExport_AfterLoading_GivesTheRowsBack()
    {
        var rows = TransitionRows(1000, seed: 7);

        var exported = new TransitionWeightTable(rows, loadFactor: 0.9).Export();

        Assert.Equal(rows.Keys, exported.Keys);
        Assert.Equal(rows.RowOffsets, exported.RowOffsets);
        Assert.Equal(rows.Classes, exported.Classes);
        Assert.Equal(rows.Weights, exported.Weights);
    }

    [Fact]
    public void TransitionTable_WeightBeyondHalfRange_IsRefused()
    {
        var rows = new WeightRows(3, [42u], [0, 1], [0], [1e6f]);

        var error = Assert.Throws<InvalidDataException>(() => new TransitionWeightTable(rows));

        Assert.Contains("Half", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HalfBitsToSingle_EveryFiniteHalf_EqualsTheRuntimeConversion()
    {
        for (var bits = 0; bits <= ushort.MaxValue; bits++)
        {
            var half = BitConverter.UInt16BitsToHalf((ushort)bits);
            if (!Half.IsFinite(half))
            {
                continue;
            }

            var expected = BitConverter.SingleToInt32Bits((float)half);
            Assert.Equal(expected, BitConverter.SingleToInt32Bits(HalfBits.ToSingle((ushort)bits)));
            var packed = (ulong)(ushort)bits | ((ulong)(ushort)(bits ^ 0x8000) << 16) | ((ulong)(ushort)bits << 32);
            var four = HalfBits.ToSingle4(packed);
            Assert.Equal(expected, BitConverter.SingleToInt32Bits(four[0]));
            Assert.Equal(BitConverter.SingleToInt32Bits(-(float)half), BitConverter.SingleToInt32Bits(four[1]));
            Assert.Equal(expected, BitConverter.SingleToInt32Bits(four[2]));
        }
    }
}
