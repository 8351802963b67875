using System.Diagnostics;
using KnowledgeGraph.GazetteerCompiler;

// gazetteer-compiler --geonames <node_modules> --petrarch <folder> --treebank <conllu> --out <folder> [--log <file>]
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

string Required(string name) =>
    options.TryGetValue(name, out var value) ? value : throw new CompilerException($"missing option {name}; usage: --geonames <node_modules> --petrarch <folder> --treebank <conllu> --out <folder> [--log <file>]");

try
{
    var stopwatch = Stopwatch.StartNew();
    var inputs = new CompilerInputs(Required("--geonames"), Required("--petrarch"), Required("--treebank"), Required("--out"));
    var (locations, actors) = Compiler.Run(inputs);
    Console.WriteLine("Locations:");
    locations.WriteTo(Console.Out, 12);
    Console.WriteLine("Actors:");
    actors.WriteTo(Console.Out, 12);
    if (options.TryGetValue("--log", out var logPath))
    {
        using var writer = new StreamWriter(logPath);
        writer.WriteLine("Locations:");
        locations.WriteTo(writer, int.MaxValue);
        writer.WriteLine("Actors:");
        actors.WriteTo(writer, int.MaxValue);
    }

    foreach (var file in Directory.GetFiles(inputs.OutputFolder, "*.tsv.gz").Order(StringComparer.Ordinal))
    {
        Console.WriteLine($"{Path.GetFileName(file)}: {new FileInfo(file).Length:N0} bytes");
    }

    Console.WriteLine($"Compiled in {stopwatch.Elapsed.TotalSeconds:F1} s.");
    return 0;
}
catch (CompilerException ex)
{
    Console.Error.WriteLine("gazetteer-compiler: " + ex.Message);
    return 1;
}
