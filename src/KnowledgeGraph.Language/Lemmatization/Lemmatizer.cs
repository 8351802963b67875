using KnowledgeGraph.Language.Internal;

namespace KnowledgeGraph.Language.Lemmatization;

/// <summary>One learned suffix edit: remove <see cref="Strip"/> characters, then append <see cref="Append"/>.</summary>
internal readonly record struct LemmaRule(int Strip, string Append);

/// <summary>
/// Lemmatiser learned from a treebank: a (form, tag) → lemma lexicon, the same keyed by the
/// lowercased form, and for unseen words the most frequent suffix edit for (tag, longest known
/// suffix). Lookups are by 64-bit hash of span contents, so a known word allocates nothing.
/// Immutable and thread-safe.
/// </summary>
internal sealed class Lemmatizer
{
    public const int MaxSuffix = 6;
    private readonly Dictionary<ulong, string> _exact = [];
    private readonly Dictionary<ulong, string> _lower = [];
    private readonly Dictionary<ulong, LemmaRule> _rules = [];

    public Lemmatizer(
        int tagCount,
        bool[] lowercaseTags,
        IReadOnlyList<(string Form, int Tag, string Lemma)> exact,
        IReadOnlyList<(string Form, int Tag, string Lemma)> lower,
        IReadOnlyList<(int Tag, string Suffix, LemmaRule Rule)> rules)
    {
        TagCount = tagCount;
        LowercaseTags = lowercaseTags;
        Exact = exact;
        Lower = lower;
        Rules = rules;
        foreach (var (form, tag, lemma) in exact)
        {
            _exact[Key(tag, FeatureHash.Text(form))] = lemma;
        }

        foreach (var (form, tag, lemma) in lower)
        {
            _lower[Key(tag, FeatureHash.LowerText(form))] = lemma;
        }

        foreach (var (tag, suffix, rule) in rules)
        {
            _rules[Key(tag, FeatureHash.LowerSuffix(suffix, suffix.Length))] = rule;
        }
    }

    public int TagCount { get; }

    /// <summary>Tags whose lemmas are lowercase in training even when the form is capitalised (everything except proper nouns, in practice).</summary>
    public bool[] LowercaseTags { get; }

    public IReadOnlyList<(string Form, int Tag, string Lemma)> Exact { get; }

    public IReadOnlyList<(string Form, int Tag, string Lemma)> Lower { get; }

    public IReadOnlyList<(int Tag, string Suffix, LemmaRule Rule)> Rules { get; }

    private static ulong Key(int tag, ulong text) => FeatureHash.Combine(FeatureHash.Combine(0x1E77A, (ulong)tag), text);

    public string Lemmatize(string form, int tag)
    {
        if (form.Length == 0)
        {
            return form;
        }

        if (_exact.TryGetValue(Key(tag, FeatureHash.Text(form)), out var lemma) ||
            _lower.TryGetValue(Key(tag, FeatureHash.LowerText(form)), out lemma))
        {
            return lemma;
        }

        var lowercase = tag >= 0 && tag < LowercaseTags.Length && LowercaseTags[tag];
        var baseForm = lowercase ? form.ToLowerInvariant() : form;
        for (var length = Math.Min(MaxSuffix, baseForm.Length - 1); length >= 1; length--)
        {
            if (_rules.TryGetValue(Key(tag, FeatureHash.LowerSuffix(baseForm, length)), out var rule))
            {
                return Apply(baseForm, rule);
            }
        }

        return baseForm;
    }

    public static string Apply(string baseForm, LemmaRule rule) =>
        rule.Strip >= baseForm.Length ? baseForm
        : rule.Strip == 0 && rule.Append.Length == 0 ? baseForm
        : string.Concat(baseForm.AsSpan(0, baseForm.Length - rule.Strip), rule.Append);

    /// <summary>The edit turning <paramref name="baseForm"/> into <paramref name="lemma"/> after their common prefix.</summary>
    public static LemmaRule RuleFor(string baseForm, string lemma)
    {
        var common = 0;
        while (common < baseForm.Length && common < lemma.Length && baseForm[common] == lemma[common])
        {
            common++;
        }

        return new LemmaRule(baseForm.Length - common, lemma[common..]);
    }

    public byte[] Serialize()
    {
        var writer = new ModelWriter();
        writer.WriteInt(TagCount);
        foreach (var flag in LowercaseTags)
        {
            writer.WriteInt(flag ? 1 : 0);
        }

        WriteLexicon(writer, Exact);
        WriteLexicon(writer, Lower);
        writer.WriteInt(Rules.Count);
        foreach (var (tag, suffix, rule) in Rules)
        {
            writer.WriteInt(tag);
            writer.WriteString(suffix);
            writer.WriteInt(rule.Strip);
            writer.WriteString(rule.Append);
        }

        return ModelFile.Wrap(ModelKind.Lemmatizer, writer.ToArray());
    }

    private static void WriteLexicon(ModelWriter writer, IReadOnlyList<(string Form, int Tag, string Lemma)> lexicon)
    {
        writer.WriteInt(lexicon.Count);
        foreach (var (form, tag, lemma) in lexicon)
        {
            writer.WriteString(form);
            writer.WriteInt(tag);
            // Most lemmas equal their form; a marker keeps the file small without a second lookup table.
            writer.WriteString(string.Equals(form, lemma, StringComparison.Ordinal) ? "\u0000" : lemma);
        }
    }

    public static Lemmatizer Deserialize(byte[] file, string source)
    {
        var reader = new ModelReader(ModelFile.Unwrap(file, ModelKind.Lemmatizer, source), source);
        var tagCount = reader.ReadInt();
        var lowercase = new bool[tagCount];
        for (var i = 0; i < tagCount; i++)
        {
            lowercase[i] = reader.ReadInt() == 1;
        }

        var exact = ReadLexicon(reader);
        var lower = ReadLexicon(reader);
        var ruleCount = reader.ReadInt();
        var rules = new List<(int, string, LemmaRule)>(ruleCount);
        for (var i = 0; i < ruleCount; i++)
        {
            var tag = reader.ReadInt();
            var suffix = reader.ReadString();
            var strip = reader.ReadInt();
            var append = reader.ReadString();
            rules.Add((tag, suffix, new LemmaRule(strip, append)));
        }

        return new Lemmatizer(tagCount, lowercase, exact, lower, rules);
    }

    private static List<(string, int, string)> ReadLexicon(ModelReader reader)
    {
        var count = reader.ReadInt();
        var lexicon = new List<(string, int, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var form = reader.ReadString();
            var tag = reader.ReadInt();
            var lemma = reader.ReadString();
            lexicon.Add((form, tag, lemma == "\u0000" ? form : lemma));
        }

        return lexicon;
    }
}
