using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.GazetteerCompiler;

/// <summary>
/// ISO 3166 codes (alpha-2 as GeoNames uses them, alpha-3 as petrarch2 uses them) to the product's canonical country
/// names in <see cref="CountryTable"/>. Dependent territories map to their sovereign state (a place in Puerto Rico is
/// LOCATED_IN the United States); a few codes are deliberately skipped (Antarctica, disputed Western Sahara, defunct
/// or fictional petrarch2 entities). Any other code fails the compilation: a new code must be decided here, never
/// guessed.
/// </summary>
internal sealed class CountryCodes
{
    // alpha-2 alpha-3 target; target is a CountryTable canonical name, ">Name" for a territory of that state, "-" to skip.
    private const string Table = """
        AD AND Andorra
        AE ARE United Arab Emirates
        AF AFG Afghanistan
        AG ATG Antigua and Barbuda
        AI AIA >United Kingdom
        AL ALB Albania
        AM ARM Armenia
        AO AGO Angola
        AQ ATA -
        AR ARG Argentina
        AS ASM >United States
        AT AUT Austria
        AU AUS Australia
        AW ABW >Netherlands
        AX ALA >Finland
        AZ AZE Azerbaijan
        BA BIH Bosnia and Herzegovina
        BB BRB Barbados
        BD BGD Bangladesh
        BE BEL Belgium
        BF BFA Burkina Faso
        BG BGR Bulgaria
        BH BHR Bahrain
        BI BDI Burundi
        BJ BEN Benin
        BL BLM >France
        BM BMU >United Kingdom
        BN BRN Brunei
        BO BOL Bolivia
        BQ BES >Netherlands
        BR BRA Brazil
        BS BHS Bahamas
        BT BTN Bhutan
        BW BWA Botswana
        BY BLR Belarus
        BZ BLZ Belize
        CA CAN Canada
        CC CCK >Australia
        CD COD DR Congo
        CF CAF Central African Republic
        CG COG Congo
        CH CHE Switzerland
        CI CIV Cote d'Ivoire
        CK COK >New Zealand
        CL CHL Chile
        CM CMR Cameroon
        CN CHN China
        CO COL Colombia
        CR CRI Costa Rica
        CU CUB Cuba
        CV CPV Cabo Verde
        CW CUW >Netherlands
        CX CXR >Australia
        CY CYP Cyprus
        CZ CZE Czech Republic
        DE DEU Germany
        DJ DJI Djibouti
        DK DNK Denmark
        DM DMA Dominica
        DO DOM Dominican Republic
        DZ DZA Algeria
        EC ECU Ecuador
        EE EST Estonia
        EG EGY Egypt
        EH ESH -
        ER ERI Eritrea
        ES ESP Spain
        ET ETH Ethiopia
        FI FIN Finland
        FJ FJI Fiji
        FK FLK >United Kingdom
        FM FSM Micronesia
        FO FRO >Denmark
        FR FRA France
        GA GAB Gabon
        GB GBR United Kingdom
        GD GRD Grenada
        GE GEO Georgia
        GF GUF >France
        GG GGY >United Kingdom
        GH GHA Ghana
        GI GIB >United Kingdom
        GL GRL >Denmark
        GM GMB Gambia
        GN GIN Guinea
        GP GLP >France
        GQ GNQ Equatorial Guinea
        GR GRC Greece
        GS SGS >United Kingdom
        GT GTM Guatemala
        GU GUM >United States
        GW GNB Guinea-Bissau
        GY GUY Guyana
        HK HKG >China
        HN HND Honduras
        HR HRV Croatia
        HT HTI Haiti
        HU HUN Hungary
        ID IDN Indonesia
        IE IRL Ireland
        IL ISR Israel
        IM IMN >United Kingdom
        IN IND India
        IQ IRQ Iraq
        IR IRN Iran
        IS ISL Iceland
        IT ITA Italy
        JE JEY >United Kingdom
        JM JAM Jamaica
        JO JOR Jordan
        JP JPN Japan
        KE KEN Kenya
        KG KGZ Kyrgyzstan
        KH KHM Cambodia
        KI KIR Kiribati
        KM COM Comoros
        KN KNA Saint Kitts and Nevis
        KP PRK North Korea
        KR KOR South Korea
        KW KWT Kuwait
        KY CYM >United Kingdom
        KZ KAZ Kazakhstan
        LA LAO Laos
        LB LBN Lebanon
        LC LCA Saint Lucia
        LI LIE Liechtenstein
        LK LKA Sri Lanka
        LR LBR Liberia
        LS LSO Lesotho
        LT LTU Lithuania
        LU LUX Luxembourg
        LV LVA Latvia
        LY LBY Libya
        MA MAR Morocco
        MC MCO Monaco
        MD MDA Moldova
        ME MNE Montenegro
        MF MAF >France
        MG MDG Madagascar
        MH MHL Marshall Islands
        MK MKD North Macedonia
        ML MLI Mali
        MM MMR Myanmar
        MN MNG Mongolia
        MO MAC >China
        MP MNP >United States
        MQ MTQ >France
        MR MRT Mauritania
        MS MSR >United Kingdom
        MT MLT Malta
        MU MUS Mauritius
        MV MDV Maldives
        MW MWI Malawi
        MX MEX Mexico
        MY MYS Malaysia
        MZ MOZ Mozambique
        NA NAM Namibia
        NC NCL >France
        NE NER Niger
        NF NFK >Australia
        NG NGA Nigeria
        NI NIC Nicaragua
        NL NLD Netherlands
        NO NOR Norway
        NP NPL Nepal
        NR NRU Nauru
        NU NIU >New Zealand
        NZ NZL New Zealand
        OM OMN Oman
        PA PAN Panama
        PE PER Peru
        PF PYF >France
        PG PNG Papua New Guinea
        PH PHL Philippines
        PK PAK Pakistan
        PL POL Poland
        PM SPM >France
        PN PCN >United Kingdom
        PR PRI >United States
        PS PSE Palestine
        PT PRT Portugal
        PW PLW Palau
        PY PRY Paraguay
        QA QAT Qatar
        RE REU >France
        RO ROU Romania
        RS SRB Serbia
        RU RUS Russia
        RW RWA Rwanda
        SA SAU Saudi Arabia
        SB SLB Solomon Islands
        SC SYC Seychelles
        SD SDN Sudan
        SE SWE Sweden
        SG SGP Singapore
        SH SHN >United Kingdom
        SI SVN Slovenia
        SJ SJM >Norway
        SK SVK Slovakia
        SL SLE Sierra Leone
        SM SMR San Marino
        SN SEN Senegal
        SO SOM Somalia
        SR SUR Suriname
        SS SSD South Sudan
        ST STP Sao Tome and Principe
        SV SLV El Salvador
        SX SXM >Netherlands
        SY SYR Syria
        SZ SWZ Eswatini
        TC TCA >United Kingdom
        TD TCD Chad
        TF ATF >France
        TG TGO Togo
        TH THA Thailand
        TJ TJK Tajikistan
        TK TKL >New Zealand
        TL TLS Timor-Leste
        TM TKM Turkmenistan
        TN TUN Tunisia
        TO TON Tonga
        TR TUR Turkey
        TT TTO Trinidad and Tobago
        TV TUV Tuvalu
        TW TWN Taiwan
        TZ TZA Tanzania
        UA UKR Ukraine
        UG UGA Uganda
        UM UMI >United States
        US USA United States
        UY URY Uruguay
        UZ UZB Uzbekistan
        VA VAT Holy See
        VC VCT Saint Vincent and the Grenadines
        VE VEN Venezuela
        VG VGB >United Kingdom
        VI VIR >United States
        VN VNM Vietnam
        VU VUT Vanuatu
        WF WLF >France
        WS WSM Samoa
        XK XKX Kosovo
        YE YEM Yemen
        YT MYT >France
        ZA ZAF South Africa
        ZM ZMB Zambia
        ZW ZWE Zimbabwe
        -- KSV Kosovo
        -- TMP Timor-Leste
        -- SUN Soviet Union
        -- USR Soviet Union
        -- YUG Yugoslavia
        -- FRY Yugoslavia
        -- SCG Yugoslavia
        -- CSK Czechoslovakia
        -- DDR East Germany
        -- KNT -
        -- KRJ -
        -- SRP -
        -- FRN -
        """;

    private readonly Dictionary<string, (string? Country, bool Territory)> byCode = new(StringComparer.Ordinal);

    private CountryCodes()
    {
        var canonical = CountryNames.Canonical;
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 3);
            var target = parts[2];
            var territory = target.StartsWith('>');
            string? country = target == "-" ? null : target.TrimStart('>');
            if (country is not null && !canonical.Contains(country))
            {
                throw new CompilerException($"CountryCodes maps {parts[0]}/{parts[1]} to '{country}', which is not a canonical name in CountryTable.");
            }

            if (parts[0] != "--")
            {
                byCode.Add(parts[0], (country, territory));
            }

            byCode.Add(parts[1], (country, territory));
        }
    }

    public static CountryCodes Instance { get; } = new();

    /// <summary>The canonical country of an ISO alpha-2 or alpha-3 code; null for a deliberately skipped code.</summary>
    public string? CountryOf(string code, string where) =>
        byCode.TryGetValue(code, out var found)
            ? found.Country
            : throw new CompilerException($"{where}: country code '{code}' is not mapped in CountryCodes; decide its canonical country there.");

    public bool IsKnown(string code) => byCode.ContainsKey(code);

    /// <summary>True for a dependent territory's code (its places are LOCATED_IN the sovereign state).</summary>
    public bool IsTerritory(string code) => byCode.TryGetValue(code, out var found) && found.Territory;
}

/// <summary>The names <see cref="CountryTable"/> gives each state, and the names a Location must never take.</summary>
internal static class CountryNames
{
    public static IReadOnlySet<string> Canonical { get; } = Rows().Select(r => r.Canonical).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every name, alias, adjective and plural demonym of a state: a place called that is the country, never
    /// a Location ("Georgia" the US state, "Djibouti" the city).</summary>
    public static IReadOnlySet<string> Reserved { get; } = BuildReserved();

    /// <summary>Each state's capitals and seats as listed, in order (the first is the usual name).</summary>
    public static IReadOnlyList<(string Country, IReadOnlyList<string> Capitals)> Capitals { get; } =
        [.. Rows().Select(r => (r.Canonical, (IReadOnlyList<string>)r.Capitals))];

    private static IEnumerable<(string Canonical, string[] Names, string[] Capitals)> Rows()
    {
        foreach (var line in CountryTable.Data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            var canonical = parts[0].Trim().TrimStart('?');
            var names = SplitList(parts[1]).Concat(SplitList(parts[2])).Append(canonical).ToArray();
            yield return (canonical, names, SplitList(parts[3]));
        }
    }

    private static HashSet<string> BuildReserved()
    {
        var reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, names, _) in Rows())
        {
            foreach (var name in names)
            {
                reserved.Add(name);
                reserved.Add(name + "s");
                if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || name.StartsWith("The ", StringComparison.Ordinal))
                {
                    reserved.Add(name[4..]);
                }
            }
        }

        // CountryTable.Blockers ("New York", "West Bank", "Northern Ireland") are real places that merely contain a
        // country word: they stay eligible as Locations.
        return reserved;
    }

    private static string[] SplitList(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>An input the compiler cannot use, or a decision it will not guess: the message says which and why.</summary>
internal sealed class CompilerException(string message) : Exception(message);
