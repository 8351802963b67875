using System.Security.Cryptography;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.GazetteerCompiler;

/// <summary>Where the compiler reads its inputs and writes its three files.</summary>
internal sealed record CompilerInputs(string NodeModules, string PetrarchFolder, string Treebank, string OutputFolder);

/// <summary>Runs the whole compilation: reads every input, builds the three gazetteers, writes them sorted.</summary>
internal static class Compiler
{
    public const string CountriesFile = "Phoenix.Countries.actors.txt";
    public const string InternationalFile = "Phoenix.International.actors.txt";
    public const string ArmedGroupsFile = "Phoenix.MilNonState.actors.txt";

    public static (CompileLog Locations, CompileLog Actors) Run(CompilerInputs inputs)
    {
        var geoNames = GeoNamesSource.Load(inputs.NodeModules);
        var countries = PetrarchSource.Read(Path.Combine(inputs.PetrarchFolder, CountriesFile));
        var international = PetrarchSource.Read(Path.Combine(inputs.PetrarchFolder, InternationalFile));
        var armed = PetrarchSource.Read(Path.Combine(inputs.PetrarchFolder, ArmedGroupsFile));
        var commonWords = CommonWords.Load(inputs.Treebank);

        var actors = new ActorCompiler(countries, international, armed, commonWords);
        actors.CollectPeople();
        var locations = new LocationCompiler(geoNames, countries, commonWords, actors.PersonNames);
        var locationRows = locations.Compile();
        var organisationRows = actors.CompileOrganisations();

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in locationRows.Concat(organisationRows))
        {
            foreach (var name in GazetteerNames.SplitList(row[^1]).Prepend(row[0]))
            {
                taken.Add(GazetteerNames.Unmark(name).Name);
            }
        }

        var peopleRows = actors.PeopleRows(taken.Contains);

        var petrarch = $"petrarch2 {CountriesFile}#{Digest(Path.Combine(inputs.PetrarchFolder, CountriesFile))}";
        var petrarchActors = $"petrarch2 {InternationalFile}#{Digest(Path.Combine(inputs.PetrarchFolder, InternationalFile))},{ArmedGroupsFile}#{Digest(Path.Combine(inputs.PetrarchFolder, ArmedGroupsFile))}";
        var treebank = $"common-words {Path.GetFileName(inputs.Treebank)}#{Digest(inputs.Treebank)} min {CommonWords.Threshold}";
        Directory.CreateDirectory(inputs.OutputFolder);
        Write(inputs.OutputFolder, LocationGazetteer.FileName, LocationGazetteer.Kind, $"{geoNames.Description};{petrarch};{treebank}", locationRows);
        Write(inputs.OutputFolder, ActorGazetteer.OrganisationsFileName, ActorGazetteer.OrganisationsKind, $"{petrarchActors};{treebank}", organisationRows);
        Write(inputs.OutputFolder, ActorGazetteer.PeopleFileName, ActorGazetteer.PeopleKind, $"{petrarch};{treebank}", peopleRows);
        return (locations.Log, actors.Log);
    }

    private static void Write(string folder, string fileName, string kind, string sources, List<string[]> rows)
    {
        // Rows are already in ordinal order of their first fields; sort the whole row to be certain of byte-identical output.
        rows.Sort((a, b) => string.CompareOrdinal(string.Join('\t', a), string.Join('\t', b)));
        using var file = File.Create(Path.Combine(folder, fileName));
        GazetteerFile.Write(file, kind, sources, rows);
    }

    /// <summary>The first 12 hex digits of a file's SHA-256: which version of an input was compiled.</summary>
    private static string Digest(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    }
}
