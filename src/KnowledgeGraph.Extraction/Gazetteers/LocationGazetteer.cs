using System.Collections.Immutable;
using System.Globalization;

namespace KnowledgeGraph.Extraction.Gazetteers;

internal enum LocationKind : byte
{
    /// <summary>A populated place (city, town, district).</summary>
    City,

    /// <summary>A national capital: a place here, though the extractor may let it stand for its state when it acts.</summary>
    Capital,

    /// <summary>A first-order division or a region named by petrarch2 (province, state, governorate, region).</summary>
    Region,
}

/// <summary>
/// A named place that is not a country. <see cref="Country"/> is the product's canonical country name (as in
/// <see cref="CountryTable"/>); <see cref="Population"/> is GeoNames' figure for a city and the summed population of
/// the region's GeoNames places for a region (0 when unknown).
/// </summary>
internal sealed record LocationEntry(string Name, LocationKind Kind, string Country, long Population, ImmutableArray<string> Aliases);

/// <summary>
/// The compiled Location gazetteer (GeoNames cities and first-order regions, petrarch2 country lists), embedded as
/// <c>Gazetteers/Data/locations.tsv.gz</c>. Built by tools/KnowledgeGraph.GazetteerCompiler; see the NOTICE there.
/// Row: <c>name, kind, country, population, aliases</c> with aliases separated by '|'; a name or alias prefixed
/// with '?' is ambiguous (a place of that name elsewhere is almost as populous).
/// </summary>
internal sealed class LocationGazetteer
{
    public const string FileName = "locations.tsv.gz";
    public const string Kind = "locations";
    public const int FieldCount = 5;

    private static readonly Lazy<LocationGazetteer> Embedded = new(
        () => FromTable(GazetteerFile.ReadEmbedded(FileName, Kind, FieldCount), GazetteerFile.ResourcePrefix + FileName),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PhraseIndex<LocationEntry> names;

    private LocationGazetteer(IReadOnlyList<LocationEntry> entries, PhraseIndex<LocationEntry> names, string sources)
    {
        Entries = entries;
        this.names = names;
        Sources = sources;
    }

    /// <summary>The embedded gazetteer, loaded and verified once; throws <see cref="GazetteerDataException"/> when corrupt.</summary>
    public static LocationGazetteer Shared => Embedded.Value;

    public IReadOnlyList<LocationEntry> Entries { get; }

    /// <summary>The header's record of the inputs (package versions, file digests).</summary>
    public string Sources { get; }

    public int NameCount => names.Count;

    public int MaxPhraseTokens => names.MaxTokens;

    public static LocationGazetteer Load(Stream stream, string resourceName) =>
        FromTable(GazetteerFile.Read(stream, resourceName, Kind, FieldCount), resourceName);

    /// <summary>A place by its exact name or alias (case-sensitive key as <see cref="Gazetteer.WriteKey"/> builds it).</summary>
    public bool TryGet(ReadOnlySpan<char> key, out LocationEntry entry, out bool ambiguous) => names.TryGet(key, out entry, out ambiguous);

    /// <summary>The longest place name starting at a capitalised token.</summary>
    public bool TryMatchLongest(List<Token> tokens, int start, out PhraseMatch<LocationEntry> match) =>
        names.TryMatchLongest(tokens, start, out match);

    /// <summary>The longest place name starting at a capitalised token and ending by <paramref name="end"/> (a sentence's end).</summary>
    public bool TryMatchLongest(List<Token> tokens, int start, int end, out PhraseMatch<LocationEntry> match) =>
        names.TryMatchLongest(tokens, start, end, out match);

    private static LocationGazetteer FromTable(GazetteerTable table, string resourceName)
    {
        var entries = new List<LocationEntry>(table.Rows.Count);
        var keyed = new List<(string, LocationEntry, bool)>(table.Rows.Count * 2);
        foreach (var row in table.Rows)
        {
            var (name, nameAmbiguous) = GazetteerNames.Unmark(row[0]);
            if (name.Length == 0 || !Enum.TryParse<LocationKind>(row[1], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                throw GazetteerFile.Corrupt(resourceName, $"row '{row[0]}' has no name or an unknown kind '{row[1]}'");
            }

            if (row[2].Length == 0 || !long.TryParse(row[3], NumberStyles.None, CultureInfo.InvariantCulture, out var population))
            {
                throw GazetteerFile.Corrupt(resourceName, $"row '{row[0]}' has no country or a bad population '{row[3]}'");
            }

            var aliases = GazetteerNames.SplitList(row[4]);
            var entry = new LocationEntry(name, kind, row[2], population, [.. aliases.Select(a => GazetteerNames.Unmark(a).Name)]);
            entries.Add(entry);
            keyed.Add((name, entry, nameAmbiguous));
            foreach (var alias in aliases)
            {
                var (aliasName, aliasAmbiguous) = GazetteerNames.Unmark(alias);
                keyed.Add((aliasName, entry, aliasAmbiguous));
            }
        }

        return new LocationGazetteer(entries, new PhraseIndex<LocationEntry>(keyed), table.Sources);
    }
}

/// <summary>Field conventions shared by the compiled gazetteers.</summary>
internal static class GazetteerNames
{
    /// <summary>Separates the names (or roles) inside one field.</summary>
    public const char ListSeparator = '|';

    /// <summary>Marks a name that is ambiguous (another entity of that name is nearly as prominent).</summary>
    public const char AmbiguousMark = '?';

    public static (string Name, bool Ambiguous) Unmark(string field) =>
        field.Length > 0 && field[0] == AmbiguousMark ? (field[1..], true) : (field, false);

    public static string[] SplitList(string field) =>
        field.Length == 0 ? [] : field.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries);
}
