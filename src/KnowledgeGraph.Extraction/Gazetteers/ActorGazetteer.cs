using System.Collections.Immutable;
using System.Globalization;

namespace KnowledgeGraph.Extraction.Gazetteers;

internal enum ActorOrganisationKind : byte
{
    /// <summary>An intergovernmental organisation (petrarch2 IGO codes): UN bodies, NATO, the African Union.</summary>
    Intergovernmental,

    /// <summary>A non-governmental organisation (petrarch2 NGO codes).</summary>
    NonGovernmental,

    /// <summary>An armed group or other non-state military actor (Phoenix.MilNonState).</summary>
    ArmedGroup,
}

/// <summary>An organisation with its aliases (acronym and full name are one entity). <see cref="Country"/> is the
/// canonical country an armed group is coded to, empty for international ones.</summary>
internal sealed record OrganisationEntry(string Name, ActorOrganisationKind Kind, string Country, ImmutableArray<string> Aliases);

/// <summary>A dated role: <see cref="Code"/> is the petrarch2/CAMEO role (GOV government, ELI elite, MIL military,
/// OPP opposition, JUD judiciary, LEG legislature, ...); open ends are null.</summary>
internal sealed record OfficialRole(string Country, string Code, DateOnly? From, DateOnly? To)
{
    public bool HeldOn(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}

/// <summary>A leader or official. <see cref="Surname"/> is set only when the surname alone is safe to match (unique
/// among the people, not a given name, not an ordinary word, not a place or organisation).</summary>
internal sealed record PersonEntry(string Name, string? Surname, ImmutableArray<string> Aliases, ImmutableArray<OfficialRole> Roles);

/// <summary>
/// The compiled actor gazetteers from petrarch2 (MIT): international organisations and armed groups
/// (<c>organisations.tsv.gz</c>: name, kind, country, aliases) and leaders and officials with dated roles
/// (<c>people.tsv.gz</c>: name, surname, aliases, roles as <c>country;code;from;to</c> separated by '|').
/// Built by tools/KnowledgeGraph.GazetteerCompiler. Immutable once loaded, so thread-safe.
/// </summary>
internal sealed class ActorGazetteer
{
    public const string OrganisationsFileName = "organisations.tsv.gz";
    public const string PeopleFileName = "people.tsv.gz";
    public const string OrganisationsKind = "organisations";
    public const string PeopleKind = "people";
    public const int OrganisationFieldCount = 4;
    public const int PersonFieldCount = 4;

    private static readonly Lazy<ActorGazetteer> Embedded = new(
        () => FromTables(
            GazetteerFile.ReadEmbedded(OrganisationsFileName, OrganisationsKind, OrganisationFieldCount),
            GazetteerFile.ResourcePrefix + OrganisationsFileName,
            GazetteerFile.ReadEmbedded(PeopleFileName, PeopleKind, PersonFieldCount),
            GazetteerFile.ResourcePrefix + PeopleFileName),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PhraseIndex<OrganisationEntry> organisationNames;
    private readonly PhraseIndex<PersonEntry> personNames;
    private readonly PhraseIndex<PersonEntry> surnames;

    private ActorGazetteer(
        IReadOnlyList<OrganisationEntry> organisations,
        IReadOnlyList<PersonEntry> people,
        PhraseIndex<OrganisationEntry> organisationNames,
        PhraseIndex<PersonEntry> personNames,
        PhraseIndex<PersonEntry> surnames)
    {
        Organisations = organisations;
        People = people;
        this.organisationNames = organisationNames;
        this.personNames = personNames;
        this.surnames = surnames;
    }

    /// <summary>The embedded gazetteers, loaded and verified once; throws <see cref="GazetteerDataException"/> when corrupt.</summary>
    public static ActorGazetteer Shared => Embedded.Value;

    public IReadOnlyList<OrganisationEntry> Organisations { get; }

    public IReadOnlyList<PersonEntry> People { get; }

    public static ActorGazetteer Load(Stream organisations, string organisationsResource, Stream people, string peopleResource) =>
        FromTables(
            GazetteerFile.Read(organisations, organisationsResource, OrganisationsKind, OrganisationFieldCount),
            organisationsResource,
            GazetteerFile.Read(people, peopleResource, PeopleKind, PersonFieldCount),
            peopleResource);

    public bool TryGetOrganisation(ReadOnlySpan<char> key, out OrganisationEntry entry) => organisationNames.TryGet(key, out entry, out _);

    /// <summary>A person by full name or listed alias (not by bare surname: see <see cref="TryGetBySurname"/>).</summary>
    public bool TryGetPerson(ReadOnlySpan<char> key, out PersonEntry entry) => personNames.TryGet(key, out entry, out _);

    /// <summary>A person by a surname alone, for the few surnames that are safe (see <see cref="PersonEntry.Surname"/>).</summary>
    public bool TryGetBySurname(ReadOnlySpan<char> key, out PersonEntry entry) => surnames.TryGet(key, out entry, out _);

    public bool TryMatchLongestOrganisation(List<Token> tokens, int start, out PhraseMatch<OrganisationEntry> match) =>
        organisationNames.TryMatchLongest(tokens, start, out match);

    public bool TryMatchLongestPerson(List<Token> tokens, int start, out PhraseMatch<PersonEntry> match) =>
        personNames.TryMatchLongest(tokens, start, out match);

    private static ActorGazetteer FromTables(GazetteerTable organisationTable, string organisationsResource, GazetteerTable peopleTable, string peopleResource)
    {
        var organisations = new List<OrganisationEntry>(organisationTable.Rows.Count);
        var organisationKeys = new List<(string, OrganisationEntry, bool)>();
        foreach (var row in organisationTable.Rows)
        {
            if (row[0].Length == 0 || !Enum.TryParse<ActorOrganisationKind>(row[1], ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                throw GazetteerFile.Corrupt(organisationsResource, $"row '{row[0]}' has no name or an unknown kind '{row[1]}'");
            }

            var aliases = GazetteerNames.SplitList(row[3]);
            var entry = new OrganisationEntry(row[0], kind, row[2], [.. aliases]);
            organisations.Add(entry);
            organisationKeys.Add((entry.Name, entry, false));
            organisationKeys.AddRange(aliases.Select(alias => (alias, entry, false)));
        }

        var people = new List<PersonEntry>(peopleTable.Rows.Count);
        var personKeys = new List<(string, PersonEntry, bool)>();
        var surnameKeys = new List<(string, PersonEntry, bool)>();
        foreach (var row in peopleTable.Rows)
        {
            if (row[0].Length == 0)
            {
                throw GazetteerFile.Corrupt(peopleResource, "a row has no name");
            }

            var aliases = GazetteerNames.SplitList(row[2]);
            var roles = GazetteerNames.SplitList(row[3]).Select(role => ParseRole(role, row[0], peopleResource)).ToImmutableArray();
            var entry = new PersonEntry(row[0], row[1].Length == 0 ? null : row[1], [.. aliases], roles);
            people.Add(entry);
            personKeys.Add((entry.Name, entry, false));
            personKeys.AddRange(aliases.Select(alias => (alias, entry, false)));
            if (entry.Surname is not null)
            {
                surnameKeys.Add((entry.Surname, entry, false));
            }
        }

        return new ActorGazetteer(
            organisations,
            people,
            new PhraseIndex<OrganisationEntry>(organisationKeys),
            new PhraseIndex<PersonEntry>(personKeys),
            new PhraseIndex<PersonEntry>(surnameKeys));
    }

    private static OfficialRole ParseRole(string field, string person, string resourceName)
    {
        var parts = field.Split(';');
        if (parts.Length != 4 || parts[0].Length == 0 || parts[1].Length == 0
            || !TryParseDate(parts[2], out var from) || !TryParseDate(parts[3], out var to))
        {
            throw GazetteerFile.Corrupt(resourceName, $"role '{field}' of '{person}' is not country;code;from;to");
        }

        return new OfficialRole(parts[0], parts[1], from, to);
    }

    private static bool TryParseDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
