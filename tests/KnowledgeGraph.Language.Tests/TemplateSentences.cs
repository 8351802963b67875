namespace KnowledgeGraph.Language.Tests;

/// <summary>
/// Own test sentences built from slots of phrases: one phrase of each slot, picked by a seeded random, joined with a
/// space (the last slot's phrases carry their own leading space or punctuation), then split into words. The same seed
/// gives the same sentences on every machine.
/// </summary>
internal static class TemplateSentences
{
    public static IEnumerable<string[]> Generate(int seed, int count, string[] first, string[] second, string[] third, string[] last)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = $"{first[random.Next(first.Length)]} {second[random.Next(second.Length)]} {third[random.Next(third.Length)]}{last[random.Next(last.Length)]}";
            yield return text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }
}
