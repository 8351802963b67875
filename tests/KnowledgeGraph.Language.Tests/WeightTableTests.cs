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

    [Fact]
    public void Score_SparseAndDenseRows_EqualsSummingEveryEntryInFeatureOrder()
    {
        var rows = MixedRows();
        var table = new SparseWeightTable(rows);
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

        var exported = new SparseWeightTable(rows).Export();

        Assert.Equal(rows.Keys.Order(), exported.Keys);
        var byKey = Enumerable.Range(0, rows.RowCount).ToDictionary(r => rows.Keys[r]);
        for (var row = 0; row < exported.RowCount; row++)
        {
            var source = byKey[exported.Keys[row]];
            Assert.Equal(rows.Classes[rows.RowOffsets[source]..rows.RowOffsets[source + 1]], exported.Classes[exported.RowOffsets[row]..exported.RowOffsets[row + 1]]);
            Assert.Equal(rows.Weights[rows.RowOffsets[source]..rows.RowOffsets[source + 1]], exported.Weights[exported.RowOffsets[row]..exported.RowOffsets[row + 1]]);
        }
    }
}
