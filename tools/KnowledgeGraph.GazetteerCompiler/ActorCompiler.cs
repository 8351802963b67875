using System.Globalization;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.GazetteerCompiler;

/// <summary>How often a word starts or ends a petrarch2 person's name: "common first/last names" measured on data.</summary>
internal sealed class PersonNameStatistics(IReadOnlyDictionary<string, int> givenNames, IReadOnlyDictionary<string, int> surnames)
{
    /// <summary>People sharing a given name or surname at which a place of that name is ambiguous or dropped.</summary>
    public const int CommonNameThreshold = 3;

    public bool IsGivenName(string word) => givenNames.ContainsKey(word.ToUpperInvariant());

    public int SurnameCount(string word) => surnames.GetValueOrDefault(word.ToUpperInvariant());

    public bool IsCommonName(string word) =>
        !word.Contains(' ', StringComparison.Ordinal)
        && (givenNames.GetValueOrDefault(word.ToUpperInvariant()) >= CommonNameThreshold || surnames.GetValueOrDefault(word.ToUpperInvariant()) >= CommonNameThreshold);
}

/// <summary>
/// Builds the actor gazetteers from petrarch2. People: entries of the country file with a dated or undated role code
/// (country + GOV/ELI/MIL/...) whose name, without leading titles ("PRESIDENT", "RUSSIAN", "FORMER"), is two or more
/// words and no institution; entries of one name merge. Organisations: IGO and NGO entries of the international
/// file and the groups of the non-state military file, people and descriptions ("UN_ENVOY") left out; an acronym
/// entry whose letters are the initials of a full name with the same code, a parenthesised acronym and
/// spelling-equal names ("UN", "U.N.", "THE_UN") become one entity. A name claimed by two entities is dropped from
/// both; single-word aliases that are ordinary English words or states' names are dropped.
/// </summary>
internal sealed class ActorCompiler(IReadOnlyList<ActorBlock> countryActors, IReadOnlyList<ActorBlock> international, IReadOnlyList<ActorBlock> armedGroups, CommonWords commonWords)
{
    private static readonly HashSet<string> RoleCodes = new(StringComparer.Ordinal)
    {
        "GOV", "ELI", "MIL", "OPP", "REB", "JUD", "LEG", "COP", "SPY", "BUS", "MED", "EDU", "CVL", "REF", "LAB", "AGR", "HLH",
        "ENV", "CRM", "UAF", "PTY", "SEP", "INS", "MOD", "RAD", "HRI", "REL",
    };

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "PRESIDENT", "PRIME", "MINISTER", "ACTING", "GENERAL", "SECRETARY", "SHEIKH", "SHAIKH", "KING", "QUEEN", "EMIR",
        "AMIR", "PRINCE", "PRINCESS", "CROWN", "DR", "DR.", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "SIR", "LORD", "GEN", "GEN.",
        "COL", "COL.", "LT", "MAJOR", "CAPTAIN", "CHIEF", "LEADER", "FORMER", "EX", "DEPUTY", "VICE", "CHAIRMAN", "SPEAKER",
        "FOREIGN", "DEFENSE", "DEFENCE", "INTERIOR", "FINANCE", "AMBASSADOR", "SENATOR", "GOVERNOR", "MAYOR", "PREMIER",
        "CHANCELLOR", "COMMUNIST", "PARTY", "SOVIET", "EX-SOVIET", "MOSCOW", "SUPREME", "SAYYID", "SAYYED", "SHEIK", "SHAYKH",
    };

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "ARMY", "FORCE", "FORCES", "PARTY", "COUNCIL", "MOVEMENT", "FRONT", "BRIGADE", "BRIGADES", "ASSEMBLY", "MINISTRY",
        "GOVERNMENT", "ADMINISTRATION", "SERVICE", "SERVICES", "INTELLIGENCE", "BUREAU", "COMMISSION", "AGENCY", "COURT",
        "CONGRESS", "DECLARATION", "OBSERVATORY", "COALITION", "ALLIANCE", "UNION", "STATE", "REPUBLIC", "PALACE", "STREET",
        "RIFLES", "GUARD", "GUARDS", "HEADQUARTERS", "YARD", "TASK", "SABHA", "CELL", "CELLS", "ISLANDS", "ORGANIZATION",
        "ORGANISATION", "COMMITTEE", "DIRECTORATE", "POLICE", "PARLIAMENT", "SENATE", "CABINET", "OFFICE", "DEPARTMENT",
        "GROUP", "FACTION", "LEAGUE", "FEDERATION", "FOUNDATION", "ASSOCIATION", "INSTITUTE", "CENTER", "CENTRE", "BANK",
        "FUND", "PROGRAMME", "PROGRAM", "TRIBUNAL", "SECRETARIAT", "MISSION", "PANEL", "FORUM", "NETWORK", "SOCIETY",
        "COMMUNITY", "CONFERENCE", "TREATY", "PACT", "PARTNERSHIP", "NATIONS", "BOARD", "AUTHORITY", "CORPS", "NAVY",
        "MILITIA", "MILITIAS", "BATTALION", "REGIMENT", "DIVISION", "COMMAND", "LIBERATION", "RESISTANCE", "REVOLUTIONARY",
        "GUERRILLA", "GUERRILLAS", "FIGHTERS", "COMMANDOS", "NUCLEI", "NUCLEUS", "STRUGGLE", "ACTION", "SQUAD", "LEGION",
        "TIGERS", "KINGDOM", "EMPIRE", "JAMAAT", "JAMA'AT", "JAMAAH", "JEMAAH", "JAISH", "JAYSH", "JABHAT", "ANSAR", "ANSARU",
        "HARAKAT", "HIZB", "HIZBUL", "KATAIB", "KATA'IB", "LASHKAR", "TEHRIK", "TEHREEK", "SHABAAB", "AL-SHABAAB", "SHABAB",
        "QA'IDA", "QAIDA", "QAEDA", "AL-QAIDA", "AL-QAEDA", "ISLAMIYA", "AL-ISLAMIYA", "ISLAMIYYA", "AL-ISLAMIYYA", "ISLAMIYAH",
        "AL-ISLAMIYAH", "MUJAHIDEEN", "MUJAHIDIN", "FEDAYEEN", "HARAM", "SIPAH", "TALIBAN", "JIHAD", "SHINRIKYO", "SYNDICATE",
        "CARTEL", "CLAN", "WING", "UNIT", "UNITS", "OPERATIONS", "TRIBE", "MILITARY",
    };

    private static readonly HashSet<string> FamilyNameFirst = new(StringComparer.Ordinal)
    {
        "China", "Taiwan", "North Korea", "South Korea", "Vietnam", "Hungary", "Cambodia", "Singapore",
    };

    /// <summary>Words that make an entry a person's post wherever they stand ("UN_SPECIAL_ENVOY_FOR_BURMA").</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "ENVOY", "REPRESENTATIVE", "RAPPORTEUR", "SPOKESMAN", "SPOKESWOMAN", "OFFICIAL", "OFFICIALS", "RESIDENT", "COORDINATOR",
        "MONITOR", "MONITORS", "PEACEKEEPER", "PEACEKEEPERS",
    };

    /// <summary>Words that tie a name to another group rather than name it ("AL-QAEDA_LINKED_ABU_SAYYAF").</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "LINKED", "AFFILIATED", "AL-QAIDA-AFFILIATED", "AL-QAEDA-LINKED", "OFFSHOOT", "OPERATIVES", "INSPIRED", "ALLIED", "BACKED",
    };

    /// <summary>Last words of petrarch2 entries that describe someone rather than name an organisation ("UN_ENVOY").</summary>
    private static readonly HashSet<string> DescriptorWords = new(StringComparer.Ordinal)
    {
        "ENVOY", "ENVOYS", "MONITOR", "MONITORS", "PEACEKEEPER", "PEACEKEEPERS", "BODIES", "OFFICIAL", "OFFICIALS", "SPOKESMAN",
        "SPOKESWOMAN", "STAFF", "WORKER", "WORKERS", "CHIEF", "HEAD", "DELEGATION", "DELEGATE", "DELEGATES", "INSPECTOR",
        "INSPECTORS", "TROOPS", "CONTINGENT", "REPRESENTATIVE", "RAPPORTEUR", "MEMBER", "MEMBERS", "DIRECTOR", "SECRETARY",
        "GENERAL", "OBSERVER", "OBSERVERS", "TEAM", "SOLDIERS", "SOLDIER", "EXPERTS", "EXPERT", "MEDIATOR", "NEGOTIATOR",
        "PRESIDENT", "COMMISSIONER", "LEADER", "LEADERS", "SUPPORTERS", "MILITANTS", "MILITANT", "REBELS", "REBEL", "GUNMEN",
        "DATABASE", "ACTIVIST", "ACTIVISTS",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "AL", "EL", "AD", "AN", "AR", "AS", "AZ", "BA", "BU", "DA", "DI", "DO", "LI", "MA", "WA", "YA" };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "OF", "THE", "AND", "FOR", "ON", "IN", "AT", "TO", "DE", "DU", "LA", "LE", "DES", "DEL" };

    public CompileLog Log { get; } = new();

    public PersonNameStatistics PersonNames { get; private set; } = new(new Dictionary<string, int>(), new Dictionary<string, int>());

    private sealed class Person(string name)
    {
        public string Name { get; } = name;

        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public HashSet<(string Country, string Code, DateOnly? From, DateOnly? To)> Roles { get; } = [];
    }

    private sealed class Organisation(string name, ActorOrganisationKind kind, string country, string code)
    {
        public string Name { get; set; } = name;

        public ActorOrganisationKind Kind { get; } = kind;

        public string Country { get; } = country;

        public string Code { get; } = code;

        public bool IsAcronym { get; init; }

        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public Organisation? MergedInto { get; set; }
    }

    private readonly Dictionary<string, Person> people = new(StringComparer.Ordinal);

    /// <summary>Reads the people first: their given names and surnames also inform the place filter.</summary>
    public void CollectPeople()
    {
        foreach (var block in countryActors)
        {
            var roles = new List<(string, string, DateOnly?, DateOnly?)>();
            foreach (var code in block.Codes)
            {
                if (code.Code.Length < 6 || !RoleCodes.Contains(code.Code[3..6]) || !CountryCodes.Instance.IsKnown(code.Code[..3]))
                {
                    continue;
                }

                var country = CountryCodes.Instance.CountryOf(code.Code[..3], "petrarch2 " + block.Name);
                if (country is null)
                {
                    continue;
                }

                if (!code.DatesValid)
                {
                    Log.Count("role-date-invalid");
                }

                roles.Add((country, code.Code[3..6], code.From, code.To));
            }

            if (roles.Count == 0)
            {
                continue;
            }

            var words = PersonWords(block.Name);
            if (words is null)
            {
                Log.Note("person-dropped", block.Name);
                continue;
            }

            // "BASHAR_AL-ASSAD" and "BASHAR_AL_ASSAD" are one person: entries merge on the name without case or hyphens.
            var name = NameForms.NaturalCase(words, _ => false);
            var key = name.ToUpperInvariant().Replace('-', ' ');
            if (!people.TryGetValue(key, out var person))
            {
                people[key] = person = new Person(name);
            }

            foreach (var role in roles)
            {
                person.Roles.Add(role);
            }

            person.Aliases.Add(name);
            foreach (var synonym in block.Synonyms)
            {
                if (PersonWords(synonym, allowSingle: true) is { } aliasWords)
                {
                    person.Aliases.Add(NameForms.NaturalCase(aliasWords, _ => false));
                }
            }
        }

        var given = new Dictionary<string, int>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var person in people.Values)
        {
            var parts = person.Name.ToUpperInvariant().Split(' ');
            given[parts[0]] = given.GetValueOrDefault(parts[0]) + 1;
            surnames[parts[^1]] = surnames.GetValueOrDefault(parts[^1]) + 1;
        }

        PersonNames = new PersonNameStatistics(given, surnames);
    }

    /// <summary>The people rows; single-word aliases that name a place or organisation are left out.</summary>
    public List<string[]> PeopleRows(Func<string, bool> isPlaceOrOrganisation)
    {
        // A name or alias two people share identifies neither.
        var claims = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var person in people.Values)
        {
            foreach (var alias in person.Aliases.Append(person.Name).Distinct())
            {
                claims[alias] = claims.GetValueOrDefault(alias) + 1;
            }
        }

        var rows = new List<string[]>();
        foreach (var person in people.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            // A several-word alias must start with a given name or an initial: "Kanzler Merkel", "President-Elect Obama"
            // and "Assad Regime" are titles and descriptions the title list does not know.
            var aliases = person.Aliases.Where(a => a != person.Name && claims[a] == 1 && SafeAlias(a, isPlaceOrOrganisation)
                    && (!a.Contains(' ', StringComparison.Ordinal) || (StartsWithGivenName(a) && !a.Split(' ').Skip(1).Any(commonWords.IsCommon))))
                .Select(a => a).Concat(AlVariants(person.Name)).Where(a => a != person.Name).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToList();
            // Family name first (Chinese, Korean, Vietnamese, Hungarian names): the last word is not the surname.
            var last = person.Name.Split(' ')[^1];
            var surname = last.Length >= 4 && !person.Roles.Any(r => FamilyNameFirst.Contains(r.Country)) && char.IsUpper(last[0]) && !last.Contains('.', StringComparison.Ordinal)
                && PersonNames.SurnameCount(last) == 1 && !PersonNames.IsGivenName(last) && !claims.ContainsKey(last)
                && SafeAlias(last, isPlaceOrOrganisation) ? last : "";
            if (surname.Length > 0)
            {
                Log.Count("person-surname");
            }

            var roles = person.Roles.OrderBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal)
                .ThenBy(r => r.From ?? DateOnly.MinValue).ThenBy(r => r.To ?? DateOnly.MaxValue)
                .Select(r => string.Join(';', r.Country, r.Code, Date(r.From), Date(r.To)));
            rows.Add([person.Name, surname, string.Join(GazetteerNames.ListSeparator, aliases), string.Join(GazetteerNames.ListSeparator, roles)]);
        }

        Log.Count("people", rows.Count);
        return rows;
    }

    public List<string[]> CompileOrganisations()
    {
        var organisations = new List<Organisation>();

        // Upper-case files hide which words are acronyms. Kept upper-case: dotted words ("U.N."), words some entry
        // writes in parentheses ("(ETA)"), two-letter words that are not English or particles ("UN", "EU"), short
        // words without a vowel ("NGO" excepted), one-word IGO/NGO names ("UNICEF", "IAEA"), and states' short forms ("USA").
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in international.Concat(armedGroups))
        {
            var intergovernmental = block.Codes.Any(c => c.Code.StartsWith("IGO", StringComparison.Ordinal) || c.Code.StartsWith("NGO", StringComparison.Ordinal));
            foreach (var name in block.Synonyms.Prepend(block.Name))
            {
                var words = NameForms.PetrarchWords(name);
                acronyms.UnionWith(words.Where(w => w.Length > 3 && w[0] == '(' && w[^1] == ')').Select(w => w[1..^1]));
                if (intergovernmental && words.Length == 1 && words[0].Length is >= 2 and <= 8 && words[0].All(char.IsAsciiLetterUpper)
                    && !commonWords.IsCommon(words[0]) && !PersonNames.IsGivenName(words[0]))
                {
                    acronyms.Add(words[0]);
                }
            }
        }

        bool IsAcronym(string word) =>
            word.Contains('.', StringComparison.Ordinal) || acronyms.Contains(word)
            || (word.Length == 2 && word.All(char.IsAsciiLetterUpper) && !commonWords.IsCommon(word) && !FunctionWords.Contains(word) && !Particles.Contains(word))
            || (word.Length <= 5 && word.All(char.IsAsciiLetterUpper) && !word.Any(c => "AEIOU".Contains(c, StringComparison.Ordinal)))
            || (word.Length <= 3 && CountryNames.Reserved.Contains(word) && word.All(char.IsAsciiLetterUpper));

        foreach (var block in international)
        {
            var code = block.Codes.Select(c => c.Code).FirstOrDefault(c => c.StartsWith("IGO", StringComparison.Ordinal) || c.StartsWith("NGO", StringComparison.Ordinal));
            if (code is null)
            {
                continue;
            }

            if (block.Codes.Any(c => c.HasDates || c.Code is "ELI" or "---") || LooksLikePerson(block.Name))
            {
                Log.Count("international-person-skipped");
                continue;
            }

            var kind = code.StartsWith("IGO", StringComparison.Ordinal) ? ActorOrganisationKind.Intergovernmental : ActorOrganisationKind.NonGovernmental;
            AddOrganisation(organisations, block, kind, "", code, IsAcronym);
        }

        foreach (var block in armedGroups)
        {
            if (block.Codes.Count == 0)
            {
                continue;
            }

            if (LooksLikePerson(block.Name))
            {
                Log.Count("armed-person-skipped");
                continue;
            }

            var code = block.Codes[0].Code;
            var prefix = code[..3];
            var country = CountryCodes.Instance.IsKnown(prefix) ? CountryCodes.Instance.CountryOf(prefix, "petrarch2 " + block.Name) ?? "" : "";
            AddOrganisation(organisations, block, ActorOrganisationKind.ArmedGroup, country, code, IsAcronym);
        }

        MergeSpellingVariants(organisations);
        MergeAcronyms(organisations);

        var live = organisations.Where(o => o.MergedInto is null).ToList();
        var claims = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var organisation in live)
        {
            foreach (var name in organisation.Aliases.Append(organisation.Name).Distinct())
            {
                claims[name] = claims.GetValueOrDefault(name) + 1;
            }
        }

        var rows = new List<string[]>();
        foreach (var organisation in live.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Kind).ThenBy(o => o.Country, StringComparer.Ordinal))
        {
            if (claims[organisation.Name] > 1 && rows.Any(r => r[0] == organisation.Name))
            {
                Log.Note("organisation-duplicate", organisation.Name);
                continue;
            }

            var aliases = organisation.Aliases.Where(a => a != organisation.Name && claims[a] == 1 && SafeAlias(a, _ => false))
                .Concat(AlVariants(organisation.Name)).Distinct().OrderBy(a => a, StringComparer.Ordinal);
            rows.Add([organisation.Name, organisation.Kind.ToString(), organisation.Country, string.Join(GazetteerNames.ListSeparator, aliases)]);
            Log.Count("organisations-" + organisation.Kind);
        }

        return rows;
    }

    private void AddOrganisation(List<Organisation> organisations, ActorBlock block, ActorOrganisationKind kind, string country, string code, Func<string, bool> isAcronym)
    {
        var names = new List<(string Name, bool Acronym)>();
        foreach (var raw in block.Synonyms.Prepend(block.Name))
        {
            var words = NameForms.PetrarchWords(raw).ToList();
            if (words.Count > 0 && words[0] == "THE")
            {
                words.RemoveAt(0);
            }

            if (words.Count == 0 || DescriptorWords.Contains(words[^1]) || TitleWords.Contains(words[0])
                || words.Any(w => w.Contains('+', StringComparison.Ordinal) || LinkWords.Contains(w) || RoleWords.Contains(w)))
            {
                continue;
            }

            // Leaders listed among a group's synonyms ("HASSAN_NASRALLAH" under Hezbollah) name a person, not the group.
            if (names.Count > 0 && words.Count is >= 2 and <= 4 && PersonNames.IsGivenName(words[0]) && !words.Any(InstitutionWords.Contains))
            {
                Log.Count("organisation-person-alias-dropped");
                continue;
            }

            // "BASQUE_FATHERLAND_AND_FREEDOM_(ETA)": the parenthesised acronym is an alias of the name before it.
            var bracketed = words.Where(w => w.StartsWith('(') && w.EndsWith(')') && w.Length > 2).ToList();
            words.RemoveAll(w => w.StartsWith('(') || w.EndsWith(')'));
            foreach (var acronym in bracketed.Select(w => w[1..^1]).Where(a => a.Length >= 3 && a.All(char.IsLetter)))
            {
                names.Add((acronym, true));
            }

            if (words.Count == 0)
            {
                continue;
            }

            var natural = NameForms.NaturalCase(words, isAcronym);
            names.Add((natural, words.Count == 1 && isAcronym(words[0])));
        }

        if (names.Count == 0)
        {
            Log.Note("organisation-dropped", block.Name);
            return;
        }

        var main = names.FirstOrDefault(n => !n.Acronym);
        if (main.Name is null)
        {
            main = names[0];
        }

        var organisation = new Organisation(main.Name, kind, country, code) { IsAcronym = main.Acronym };
        foreach (var (name, _) in names)
        {
            organisation.Aliases.Add(name);
        }

        organisations.Add(organisation);
    }

    /// <summary>"UN", "U.N." and "The UN" with one code are one organisation.</summary>
    private static void MergeSpellingVariants(List<Organisation> organisations)
    {
        foreach (var group in organisations.GroupBy(o => (o.Kind, Key: o.Name.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant())).Where(g => g.Count() > 1))
        {
            var keeper = group.First();
            foreach (var other in group.Skip(1))
            {
                keeper.Aliases.UnionWith(other.Aliases);
                keeper.Aliases.Add(other.Name);
                other.MergedInto = keeper;
            }
        }
    }

    /// <summary>An acronym entry whose letters are the initials of a full name with the same code joins that name
    /// ("UN" [IGOUNO] + "United Nations" [IGOUNO]); the full name becomes canonical.</summary>
    private static void MergeAcronyms(List<Organisation> organisations)
    {
        var live = organisations.Where(o => o.MergedInto is null).ToList();
        foreach (var acronym in live.Where(o => o.IsAcronym))
        {
            var letters = acronym.Name.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
            var full = live.Where(o => !o.IsAcronym && o.MergedInto is null && o.Code == acronym.Code && (Initials(o.Name, false) == letters || Initials(o.Name, true) == letters))
                .OrderBy(o => o.Name.Length).FirstOrDefault();
            if (full is null)
            {
                continue;
            }

            full.Aliases.UnionWith(acronym.Aliases);
            full.Aliases.Add(acronym.Name);
            acronym.MergedInto = full;
        }
    }

    private static string Initials(string name, bool withFunctionWords) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => withFunctionWords || !FunctionWords.Contains(w.ToUpperInvariant()))
            .Select(w => char.ToUpperInvariant(w[0])));

    /// <summary>The words of a person's name without leading titles and descriptions, or null when what is left is not
    /// a person's name (one word, an institution word, a number).</summary>
    private string[]? PersonWords(string raw, bool allowSingle = false)
    {
        // "PRESIDENT_OF_THE_RUSSIAN_FEDERATED_REPUBLIC,_BORIS_N._YELTSIN": the name follows the comma.
        var comma = raw.LastIndexOf(',');
        var words = NameForms.PetrarchWords(comma >= 0 ? raw[(comma + 1)..] : raw).ToList();
        var firstName = words.FindIndex(w => !TitleWords.Contains(w) && !CountryNames.Reserved.Contains(w) && !FunctionWords.Contains(w)
            && !(commonWords.IsCommon(w) && w.Length > 2));
        if (firstName < 0)
        {
            return null;
        }

        var rest = words.Skip(firstName).ToArray();
        if (rest.Length == 0 || rest.Length > 8 || (rest.Length < 2 && !allowSingle)
            || rest.Any(w => InstitutionWords.Contains(w) || !w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.')))
        {
            return null;
        }

        return rest;
    }

    private bool LooksLikePerson(string raw)
    {
        var words = NameForms.PetrarchWords(raw);
        return words.Length >= 2 && !words.Any(w => InstitutionWords.Contains(w.Trim('(', ')'))) && !words.Any(w => w.StartsWith('('))
            && words.All(w => !commonWords.IsCommon(w) || FunctionWords.Contains(w)) && PersonWords(raw) is not null;
    }

    /// <summary>A name safe to look up alone: not a state's name, not an ordinary word, not a place or organisation.</summary>
    private bool SafeAlias(string alias, Func<string, bool> isPlaceOrOrganisation)
    {
        if (CountryNames.Reserved.Contains(alias) || isPlaceOrOrganisation(alias))
        {
            return false;
        }

        var words = alias.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 ? !commonWords.AllCommon(alias) : alias.Length >= 2 && !commonWords.IsCommon(alias) && !PersonNames.IsCommonName(alias);
    }

    private bool StartsWithGivenName(string alias)
    {
        var first = alias.Split(' ')[0];
        return (PersonNames.IsGivenName(first) && !Particles.Contains(first.ToUpperInvariant())) || (first.Length == 2 && first[1] == '.');
    }

    /// <summary>"Bashar al Assad" is written "Bashar al-Assad" as often: both spellings.</summary>
    private static IEnumerable<string> AlVariants(string name)
    {
        if (name.Contains(" al ", StringComparison.Ordinal))
        {
            yield return name.Replace(" al ", " al-", StringComparison.Ordinal);
        }
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
