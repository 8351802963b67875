namespace KnowledgeGraph.GazetteerCompiler;

/// <summary>Counts and a few examples of each decision, printed after a compilation so the rules can be checked.</summary>
internal sealed class CompileLog
{
    private readonly SortedDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<string>> examples = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Counts => counts;

    public IReadOnlyDictionary<string, List<string>> Examples => examples;

    public void Count(string what, int by = 1) => counts[what] = counts.GetValueOrDefault(what) + by;

    public void Note(string what, string example)
    {
        Count(what);
        if (!examples.TryGetValue(what, out var list))
        {
            examples[what] = list = [];
        }

        list.Add(example);
    }

    public void WriteTo(TextWriter writer, int examplesPerKind)
    {
        foreach (var (what, count) in counts)
        {
            writer.WriteLine($"{what}: {count}");
            if (examples.TryGetValue(what, out var list))
            {
                foreach (var example in list.Order(StringComparer.Ordinal).Take(examplesPerKind))
                {
                    writer.WriteLine("    " + example);
                }
            }
        }
    }

    public void WriteAllTo(string path)
    {
        using var writer = new StreamWriter(path);
        WriteTo(writer, int.MaxValue);
    }
}
