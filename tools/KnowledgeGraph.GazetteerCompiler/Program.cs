using System.Diagnostics;
using KnowledgeGraph.Extraction.Gazetteers;
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

    // Read the output back with the product's loaders: what was written is what the extractor will load.
    var load = Stopwatch.StartNew();
    using (var locationFile = File.OpenRead(Path.Combine(inputs.OutputFolder, LocationGazetteer.FileName)))
    using (var organisationFile = File.OpenRead(Path.Combine(inputs.OutputFolder, ActorGazetteer.OrganisationsFileName)))
    using (var peopleFile = File.OpenRead(Path.Combine(inputs.OutputFolder, ActorGazetteer.PeopleFileName)))
    {
        var loaded = LocationGazetteer.Load(locationFile, LocationGazetteer.FileName);
        var locationsMs = load.ElapsedMilliseconds;
        var actorsLoaded = ActorGazetteer.Load(organisationFile, ActorGazetteer.OrganisationsFileName, peopleFile, ActorGazetteer.PeopleFileName);
        Console.WriteLine($"Loaded back: {loaded.Entries.Count:N0} places ({loaded.NameCount:N0} names) in {locationsMs} ms; {actorsLoaded.Organisations.Count:N0} organisations, {actorsLoaded.People.Count:N0} people in {load.ElapsedMilliseconds - locationsMs} ms.");
    }

    Console.WriteLine($"Compiled in {stopwatch.Elapsed.TotalSeconds:F1} s.");
    return 0;
}
catch (CompilerException ex)
{
    Console.Error.WriteLine("gazetteer-compiler: " + ex.Message);
    return 1;
}
