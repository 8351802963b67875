using System.Collections.Frozen;
using System.Text;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Gazetteers;

internal enum GazetteerKind : byte
{
    /// <summary>A name of the entity: always that entity.</summary>
    Name,

    /// <summary>A nationality adjective ("Iranian"): the country.</summary>
    Adjective,

    /// <summary>A capital city: the country only when the sentence makes it act.</summary>
    Capital,

    /// <summary>A seat of government ("the Kremlin"): the country.</summary>
    Seat,

    /// <summary>A place that merely contains a country word ("Latin America"): nothing.</summary>
    Blocker,
}

internal sealed record GazetteerEntry(EntityLabel Label, string Canonical, GazetteerKind Kind, bool Ambiguous);

/// <summary>
/// The immutable, shared lookup tables built once from <see cref="CountryTable"/> and <see cref="OrganisationTable"/>.
/// Phrases are keyed by their token sequence so the extractor can look them up on token spans without allocating.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly FrozenSet<string> SeatNames = new[]
    {
        "Kremlin", "Downing Street", "Whitehall", "Elysee Palace", "Élysée Palace", "Elysee", "Élysée", "Quai d'Orsay",
        "Zhongnanhai", "Blue House", "Foggy Bottom", "Casa Rosada", "Miraflores Palace", "Moncloa",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, GazetteerEntry> phrases;
    private readonly FrozenDictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> phraseLookup;
    private readonly FrozenDictionary<string, GazetteerEntry> phrasesIgnoreCase;
    private readonly FrozenDictionary<string, GazetteerEntry> organisationsByContentWords;
    private readonly FrozenSet<string> firstWords;

    public static Gazetteer Instance => Shared.Value;

    public int MaxPhraseTokens { get; }

    private Gazetteer()
    {
        var table = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        var maxTokens = 1;

        void Add(string phrase, GazetteerEntry entry)
        {
            phrase = phrase.Trim();
            if (phrase.Length == 0 || phrase.StartsWith("the ", StringComparison.Ordinal))
            {
                return;
            }

            var key = KeyOf(phrase, tokens, out var count);
            maxTokens = Math.Max(maxTokens, count);

            // The first table line wins: a name is never overwritten by a later capital or adjective.
            table.TryAdd(key, entry);
        }

        foreach (var line in CountryTable.Data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            var ambiguous = parts[0].TrimStart().StartsWith('?');
            var canonical = parts[0].Trim().TrimStart('?');
            Add(canonical, new GazetteerEntry(EntityLabel.Country, canonical, GazetteerKind.Name, ambiguous));
            foreach (var name in SplitList(parts[1]))
            {
                Add(name, new GazetteerEntry(EntityLabel.Country, canonical, GazetteerKind.Name, false));
            }

            foreach (var adjective in SplitList(parts[2]))
            {
                Add(adjective, new GazetteerEntry(EntityLabel.Country, canonical, GazetteerKind.Adjective, false));

                // Plural demonyms ("Iraqis", "Americans") name the people, used as the country's side in events.
                if (adjective.EndsWith("an", StringComparison.Ordinal) || adjective.EndsWith('i'))
                {
                    Add(adjective + "s", new GazetteerEntry(EntityLabel.Country, canonical, GazetteerKind.Name, false));
                }
            }

            foreach (var capital in SplitList(parts[3]))
            {
                var kind = SeatNames.Contains(capital) ? GazetteerKind.Seat : GazetteerKind.Capital;
                Add(capital, new GazetteerEntry(EntityLabel.Country, canonical, kind, false));
            }
        }

        var organisationContent = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var line in OrganisationTable.Data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            var canonical = parts[0].Trim();
            var entry = new GazetteerEntry(EntityLabel.Organisation, canonical, GazetteerKind.Name, false);
            foreach (var name in SplitList(parts[1]).Prepend(canonical))
            {
                Add(name, entry);
                var content = ContentKey(name);
                if (content.Contains(' ', StringComparison.Ordinal))
                {
                    organisationContent.TryAdd(content, entry);
                }
            }
        }

        foreach (var (plural, country) in new[] { ("Turks", "Turkey"), ("Britons", "United Kingdom"), ("Danes", "Denmark"), ("Swedes", "Sweden"), ("Poles", "Poland"), ("Finns", "Finland"), ("Israelis", "Israel"), ("Saudis", "Saudi Arabia"), ("Emiratis", "United Arab Emirates"), ("Afghans", "Afghanistan") })
        {
            Add(plural, new GazetteerEntry(EntityLabel.Country, country, GazetteerKind.Name, false));
        }

        foreach (var blocker in SplitList(CountryTable.Blockers))
        {
            Add(blocker, new GazetteerEntry(EntityLabel.Country, "", GazetteerKind.Blocker, false));
        }

        phrases = table.ToFrozenDictionary(StringComparer.Ordinal);
        phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        var ignoreCase = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, entry) in table)
        {
            ignoreCase.TryAdd(key, entry);
        }

        phrasesIgnoreCase = ignoreCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        organisationsByContentWords = organisationContent.ToFrozenDictionary(StringComparer.Ordinal);
        firstWords = table.Keys.Select(k => FirstWord(k)).ToFrozenSet(StringComparer.Ordinal);
        MaxPhraseTokens = maxTokens;
    }

    /// <summary>True when some phrase starts with this token text: a cheap filter before building phrase keys.</summary>
    public bool StartsPhrase(string tokenText) => firstWords.Contains(tokenText);

    public bool TryGet(ReadOnlySpan<char> key, out GazetteerEntry entry) => phraseLookup.TryGetValue(key, out entry!);

    public bool TryGetIgnoreCase(string key, out GazetteerEntry entry) => phrasesIgnoreCase.TryGetValue(key, out entry!);

    /// <summary>An organisation whose content words equal these ("International Atomic and Energy Agency" → IAEA).</summary>
    public bool TryGetOrganisationByContent(string name, out GazetteerEntry entry) =>
        organisationsByContentWords.TryGetValue(ContentKey(name), out entry!);

    /// <summary>The lookup key of a phrase: tokens joined by one space, glued tokens (hyphens) without.</summary>
    public static string KeyOf(string phrase, List<Token> scratch, out int tokenCount)
    {
        scratch.Clear();
        var sentences = new List<Sentence>();
        TextSegmenter.Segment(phrase, scratch, sentences);
        var builder = new StringBuilder(phrase.Length);
        for (var i = 0; i < scratch.Count; i++)
        {
            if (i > 0 && !scratch[i].JoinedToPrevious)
            {
                builder.Append(' ');
            }

            builder.Append(scratch[i].Text);
        }

        tokenCount = scratch.Count;
        return builder.ToString();
    }

    /// <summary>Writes the key of tokens [from, to) into the buffer; returns its length or -1 when it does not fit.</summary>
    public static int WriteKey(List<Token> tokens, int from, int to, Span<char> buffer)
    {
        var length = 0;
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (i > from && !token.JoinedToPrevious)
            {
                if (length >= buffer.Length)
                {
                    return -1;
                }

                buffer[length++] = ' ';
            }

            if (length + token.Text.Length > buffer.Length)
            {
                return -1;
            }

            token.Text.AsSpan().CopyTo(buffer[length..]);
            length += token.Text.Length;
        }

        return length;
    }

    /// <summary>Lower-case content words of a name, without function words and punctuation.</summary>
    public static string ContentKey(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in name.Split([' ', '-', '–', ',', '.', '\'', '’', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word is "of" or "Of" or "the" or "The" or "and" or "And" or "for" or "For" or "&" or "s" or "on" or "in")
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word.ToLowerInvariant());
        }

        return builder.ToString();
    }

    private static string FirstWord(string key)
    {
        var scratch = new List<Token>();
        var sentences = new List<Sentence>();
        TextSegmenter.Segment(key, scratch, sentences);
        return scratch.Count > 0 ? scratch[0].Text : key;
    }

    private static string[] SplitList(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
