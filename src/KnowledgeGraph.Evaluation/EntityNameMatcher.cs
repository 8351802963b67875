using System.Collections.Frozen;
using System.Text;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Evaluation;

/// <summary>
/// The surface forms of one entity (gold or predicted) prepared for matching: normalised names, what the resolver
/// makes of them, the acronyms they are and the initials they spell, and person-name tokens without titles.
/// </summary>
public sealed class MatchableName
{
    internal MatchableName(
        string name,
        string? label,
        IReadOnlyList<string> forms,
        IReadOnlySet<string> normalised,
        IReadOnlySet<string> resolved,
        IReadOnlySet<string> acronyms,
        IReadOnlySet<string> initials,
        IReadOnlyList<string[]> personTokens)
    {
        Name = name;
        Label = label;
        Forms = forms;
        Normalised = normalised;
        Resolved = resolved;
        Acronyms = acronyms;
        Initials = initials;
        PersonTokens = personTokens;
    }

    public string Name { get; }

    /// <summary>The label as written (gold may say Location); null when unknown.</summary>
    public string? Label { get; }

    public IReadOnlyList<string> Forms { get; }

    /// <summary>Normalised forms with the spaces between words removed, so word splits do not matter.</summary>
    internal IReadOnlySet<string> Normalised { get; }

    /// <summary>"label|canonical" for every form the resolver knows.</summary>
    internal IReadOnlySet<string> Resolved { get; }

    internal IReadOnlySet<string> Acronyms { get; }

    internal IReadOnlySet<string> Initials { get; }

    internal IReadOnlyList<string[]> PersonTokens { get; }

    public bool IsPerson => string.Equals(Label, "Person", StringComparison.Ordinal);

    public override string ToString() => Label is null ? Name : $"{Name} [{Label}]";
}

/// <summary>
/// Decides whether two names denote the same entity, by the reference scorer's rules
/// (shared/data/dev/README.md, "Scoring rules"). Two names match when any surface form of one (name or alias) and
/// any surface form of the other:
/// <list type="bullet">
/// <item>are equal after normalisation: case folded, diacritics removed, punctuation removed (dots and apostrophes
/// vanish, other punctuation separates words), possessive 's dropped, a leading "the" dropped, and finally the spaces
/// between words ignored ("D ' Avanzo" = "D'Avanzo", "Al Qaeda" = "al-Qaeda");</item>
/// <item>resolve, through <see cref="IEntityNameResolver"/>, to the same canonical entity: the same country
/// (US / U.S. / United States / America, and at relationship ends a capital or seat of government: Kremlin / Moscow →
/// Russia) or the same organisation alias set (ISIS / ISIL / Daesh);</item>
/// <item>one is an acronym (one word, all capitals, dots ignored, two letters or more) equal to the initials of the
/// capitalised words of the other (SDF / Syrian Democratic Forces), or of all its words but function words
/// (AQAP / al-Qaeda in the Arabian Peninsula);</item>
/// <item>for people (either side labelled Person): with leading titles removed, the words of one name end the
/// other ("Trump" / "President Donald Trump").</item>
/// </list>
/// Labels are not compared here: the entity scorer pairs only equal labels, relationship ends ignore labels.
/// Results of the resolver are cached per surface form, so one instance serves a whole run (not thread-safe).
/// </summary>
public sealed class EntityNameMatcher(IEntityNameResolver resolver)
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general", "gen",
        "lieutenant", "lt", "colonel", "col", "major", "maj", "brigadier", "brig", "captain", "capt", "commander",
        "cmdr", "admiral", "adm", "sergeant", "sgt", "corporal", "cpl", "private", "pvt", "marshal", "field",
        "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor",
        "king", "queen", "prince", "princess", "emir", "sheikh", "sheik", "sultan", "crown", "ayatollah", "imam",
        "mullah", "cleric", "pope", "cardinal", "bishop", "archbishop", "rabbi", "reverend", "rev", "father",
        "foreign", "defense", "defence", "interior", "state", "deputy", "chief", "supreme", "leader", "ambassador",
        "envoy", "special", "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "attorney", "director",
        "chairman", "chairwoman", "chair", "speaker", "head", "former", "acting", "interim", "his", "her",
        "excellency", "majesty", "highness", "honourable", "honorable", "hon", "us", "uk", "un",
        "commanding", "officer", "staff", "of", "the", "and", "for", "affairs", "national", "security", "adviser",
        "advisor", "army", "navy", "air", "force",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly char[] WordSeparators = [' ', '\t', '-', '\u2010', '\u2011', '\u2013'];

    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "&",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<string, string?> resolvedCache = new(StringComparer.Ordinal);

    /// <summary>Prepares a name with its aliases for matching.</summary>
    public MatchableName Prepare(string name, IEnumerable<string>? aliases, string? label)
    {
        ArgumentNullException.ThrowIfNull(name);
        var forms = new List<string> { name };
        if (aliases is not null)
        {
            forms.AddRange(aliases.Where(a => !string.IsNullOrWhiteSpace(a)));
        }

        var distinctForms = forms.Distinct(StringComparer.Ordinal).ToArray();
        var normalised = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        var initials = new HashSet<string>(StringComparer.Ordinal);
        var personTokens = new List<string[]>();
        foreach (var form in distinctForms)
        {
            var normal = Normalise(form);
            if (normal.Length > 0)
            {
                normalised.Add(normal.Replace(" ", "", StringComparison.Ordinal));
            }

            if (Resolve(form) is { } canonical)
            {
                resolved.Add(canonical);
            }

            // A country or organisation name is its own canonical form, even when the resolver does not list it,
            // so "Moscow" (resolved to Russia) still meets a "Russia" the resolver happens not to know.
            if (normal.Length > 0 && label is "Country" or "Organisation")
            {
                resolved.Add(string.Concat(label, "|", normal));
            }

            if (AcronymOf(form) is { } acronym)
            {
                acronyms.Add(acronym);
            }

            initials.UnionWith(InitialsOf(form));

            var tokens = StripTitles(normal);
            if (tokens.Length > 0)
            {
                personTokens.Add(tokens);
            }
        }

        return new MatchableName(name, label, distinctForms, normalised, resolved, acronyms, initials, personTokens);
    }

    /// <summary>True when the two names denote the same entity (labels not compared; see the class remarks).</summary>
    public static bool Matches(MatchableName left, MatchableName right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Normalised.Overlaps(right.Normalised) || left.Resolved.Overlaps(right.Resolved))
        {
            return true;
        }

        if (left.Acronyms.Overlaps(right.Initials) || right.Acronyms.Overlaps(left.Initials))
        {
            return true;
        }

        return (left.IsPerson || right.IsPerson) && PersonNamesMatch(left, right);
    }

    /// <summary>
    /// Case folded, diacritics removed, dots and apostrophes removed, other punctuation turned into single spaces,
    /// possessive 's and a leading "the" dropped.
    /// </summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = LatinFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        var words = new List<string>();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u00b4')
            {
                // Possessive 's: the apostrophe followed by s and then the end of the word.
                if (i + 1 < folded.Length && folded[i + 1] is 's' or 'S'
                    && (i + 2 >= folded.Length || !char.IsLetterOrDigit(folded[i + 2])))
                {
                    i++;
                }

                continue;
            }

            if (c == '.')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(builder, words);
            }
        }

        Flush(builder, words);
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    private static void Flush(StringBuilder builder, List<string> words)
    {
        if (builder.Length > 0)
        {
            words.Add(builder.ToString());
            builder.Clear();
        }
    }

    private string? Resolve(string form)
    {
        if (resolvedCache.TryGetValue(form, out var cached))
        {
            return cached;
        }

        string? result = null;
        if (resolver.TryResolve(form, out var label, out var canonical) && !string.IsNullOrWhiteSpace(canonical))
        {
            result = string.Concat(label.ToGraphLabel(), "|", Normalise(canonical));
        }

        resolvedCache[form] = result;
        return result;
    }

    /// <summary>The form as an acronym: one word of two or more capitals once dots are removed ("U.N." → UN).</summary>
    internal static string? AcronymOf(string form)
    {
        var compact = form.Trim().Replace(".", "", StringComparison.Ordinal);
        if (compact.Length < 2 || compact.Any(c => !char.IsLetter(c) || !char.IsUpper(c)))
        {
            return null;
        }

        return compact;
    }

    /// <summary>
    /// Initials of a multi-word name: of its capitalised words ("Syrian Democratic Forces" → SDF), and of all its words
    /// but function words, so that lower-case particles count ("al-Qaeda in the Arabian Peninsula" → AQAP).
    /// </summary>
    internal static IEnumerable<string> InitialsOf(string form)
    {
        var words = form.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .ToArray();
        if (words.Length < 2)
        {
            yield break;
        }

        var capitalised = Initials(words.Where(w => char.IsUpper(FirstLetter(w))));
        if (capitalised.Length >= 2)
        {
            yield return capitalised;
        }

        var content = Initials(words.Where(w => !FunctionWords.Contains(w.ToLowerInvariant())));
        if (content.Length >= 2 && !string.Equals(content, capitalised, StringComparison.Ordinal))
        {
            yield return content;
        }
    }

    private static char FirstLetter(string word) => word.First(char.IsLetterOrDigit);

    private static string Initials(IEnumerable<string> words) =>
        string.Concat(words.Select(w => char.ToUpperInvariant(RemoveDiacritics(FirstLetter(w)))));

    private static char RemoveDiacritics(char c)
    {
        var folded = LatinFolding.Fold(c.ToString());
        return folded.Length > 0 ? folded[0] : c;
    }

    /// <summary>Normalised words of a person name without leading titles ("President Donald Trump" → donald, trump).</summary>
    internal static string[] StripTitles(string normalised)
    {
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < words.Length - 1 && Titles.Contains(words[start]))
        {
            start++;
        }

        return words[start..];
    }

    private static bool PersonNamesMatch(MatchableName left, MatchableName right)
    {
        foreach (var a in left.PersonTokens)
        {
            foreach (var b in right.PersonTokens)
            {
                if (EndsWith(a, b) || EndsWith(b, a))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool EndsWith(string[] longer, string[] shorter)
    {
        if (shorter.Length == 0 || shorter.Length > longer.Length)
        {
            return false;
        }

        var offset = longer.Length - shorter.Length;
        for (var i = 0; i < shorter.Length; i++)
        {
            if (!string.Equals(longer[offset + i], shorter[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
