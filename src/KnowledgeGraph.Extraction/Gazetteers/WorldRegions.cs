using System.Collections.Immutable;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// Named places that GeoNames' cities and first-order divisions do not hold: continents, world regions, seas and
/// oceans, regions across borders (Locations without a country: no LOCATED_IN), and a few well-known regions inside
/// one country, written <c>Name=Country</c>. Names that are ordinary words or titles alone ("Pacific", "Atlantic",
/// "Gulf") are listed only in their unambiguous form. On a tie with the compiled gazetteer this list wins: it is
/// where a cross-border name ("Kurdistan") is kept from being given to one country's division of that name.
/// </summary>
internal static class WorldRegions
{
    private const string Names = """
        Africa, Asia, Europe, Oceania, Antarctica, Eurasia, Americas, North America, South America, Central America,
        Latin America, Caribbean, Middle East, Near East, Far East, Mideast, Central Asia, South Asia, Southeast Asia,
        South-East Asia, East Asia, West Asia, Asia-Pacific, Asia Pacific, West Africa, East Africa, North Africa,
        Southern Africa, Central Africa, Sub-Saharan Africa, Horn of Africa, Sahel, Sahara, Maghreb, Levant, Balkans,
        Western Balkans, Caucasus, North Caucasus, South Caucasus, Scandinavia, Eastern Europe, Western Europe,
        Central Europe, Northern Europe, Southern Europe, Arabian Peninsula, Korean Peninsula, Indian Subcontinent,
        Mediterranean, Mediterranean Sea, Red Sea, Black Sea, Caspian Sea, Arabian Sea, Baltic Sea, North Sea, Irish Sea,
        South China Sea, East China Sea, Sea of Japan, Aegean Sea, Adriatic Sea, Persian Gulf, Arabian Gulf, Gulf of Aden,
        Gulf of Oman, Gulf of Mexico, Gulf of Guinea, Strait of Hormuz, Bab el-Mandeb, Suez Canal, Indian Ocean,
        Pacific Ocean, Atlantic Ocean, Arctic Ocean, Arctic, Golan Heights, Kurdistan, Kashmir, Patagonia,
        Niger Delta=Nigeria, Sinai=Egypt, Sinai Peninsula=Egypt, Donbas=Ukraine, Donbass=Ukraine, Siberia=Russia,
        Darfur=Sudan
        """;

    private static readonly PhraseIndex<LocationEntry> Index = new(
        Names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(row => row.Split('=', StringSplitOptions.TrimEntries))
            .Select(parts => (parts[0], new LocationEntry(parts[0], LocationKind.Region, parts.Length > 1 ? parts[1] : "", 0, ImmutableArray<string>.Empty), false)));

    /// <summary>The longest world-region name starting at <paramref name="start"/> and ending by <paramref name="end"/>.</summary>
    public static bool TryMatchLongest(List<Token> tokens, int start, int end, out PhraseMatch<LocationEntry> match) =>
        Index.TryMatchLongest(tokens, start, end, out match);
}
