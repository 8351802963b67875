namespace KnowledgeGraph.Evaluation;

/// <summary>Maximum bipartite matching (augmenting paths, Kuhn) between gold items and predictions.</summary>
internal sealed class MaximumMatching
{
    private MaximumMatching(int[] goldToPrediction, int[] predictionToGold, int size)
    {
        GoldToPrediction = goldToPrediction;
        PredictionToGold = predictionToGold;
        Size = size;
    }

    /// <summary>For each gold item, the index of its prediction or -1.</summary>
    public int[] GoldToPrediction { get; }

    /// <summary>For each prediction, the index of its gold item or -1.</summary>
    public int[] PredictionToGold { get; }

    public int Size { get; }

    public static MaximumMatching Solve(int goldCount, int predictionCount, Func<int, int, bool> canPair)
    {
        var adjacency = new List<int>[goldCount];
        for (var g = 0; g < goldCount; g++)
        {
            adjacency[g] = [];
            for (var p = 0; p < predictionCount; p++)
            {
                if (canPair(g, p))
                {
                    adjacency[g].Add(p);
                }
            }
        }

        var goldToPrediction = Enumerable.Repeat(-1, goldCount).ToArray();
        var predictionToGold = Enumerable.Repeat(-1, predictionCount).ToArray();
        var size = 0;
        for (var g = 0; g < goldCount; g++)
        {
            var visited = new bool[predictionCount];
            if (TryAugment(g, adjacency, goldToPrediction, predictionToGold, visited))
            {
                size++;
            }
        }

        return new MaximumMatching(goldToPrediction, predictionToGold, size);
    }

    private static bool TryAugment(int gold, List<int>[] adjacency, int[] goldToPrediction, int[] predictionToGold, bool[] visited)
    {
        foreach (var prediction in adjacency[gold])
        {
            if (visited[prediction])
            {
                continue;
            }

            visited[prediction] = true;
            if (predictionToGold[prediction] < 0
                || TryAugment(predictionToGold[prediction], adjacency, goldToPrediction, predictionToGold, visited))
            {
                goldToPrediction[gold] = prediction;
                predictionToGold[prediction] = gold;
                return true;
            }
        }

        return false;
    }
}
