namespace KnowledgeGraph.GazetteerCompiler;

/// <summary>
/// Which lower-case words are ordinary English, measured on a Universal Dependencies treebank (CoNLL-U): a word form
/// counts each time it is written in lower case with a part of speech other than PROPN, X, SYM, PUNCT or NUM. Only these
/// counts are used (to drop place names like "Reading", "Nice", "Split"); no treebank text reaches the output.
/// </summary>
internal sealed class CommonWords
{
    /// <summary>Occurrences at which a lower-case form is an ordinary word. Chosen on the place names themselves: at 2,
    /// "cork", "delta", "orange", "salt" count; at 1 real cities would go ("Van", "Saga", "Temple"). The README
    /// lists what each rule excludes.</summary>
    public const int Threshold = 2;

    /// <summary>Ordinary words that are also towns, which a 200,000-word treebank happens never to write in lower case.
    /// A supplement to the measured rule, not a replacement: keep it short.</summary>
    private static readonly HashSet<string> Supplement = new(StringComparer.Ordinal) { "bath", "march", "of", "deal", "sandwich", "wells", "battle" };

    private static readonly HashSet<string> IgnoredTags = new(StringComparer.Ordinal) { "PROPN", "X", "SYM", "PUNCT", "NUM" };

    private readonly Dictionary<string, int> counts;

    private CommonWords(Dictionary<string, int> counts) => this.counts = counts;

    public int DistinctForms => counts.Count;

    public static CommonWords Load(string conlluPath)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(conlluPath))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 4 || fields[0].Contains('-', StringComparison.Ordinal) || fields[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var form = fields[1];
            if (IgnoredTags.Contains(fields[3]) || form.Length == 0 || !form.Any(char.IsLetter) || form.Any(char.IsUpper))
            {
                continue;
            }

            counts[form] = counts.GetValueOrDefault(form) + 1;
        }

        if (counts.Count == 0)
        {
            throw new CompilerException($"{conlluPath}: no word forms read; is it a CoNLL-U treebank?");
        }

        return new CommonWords(counts);
    }

    public int CountOf(string word) => counts.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>True when the word, lower-cased, is an ordinary English word.</summary>
    public bool IsCommon(string word) => CountOf(word) >= Threshold || Supplement.Contains(word.ToLowerInvariant());

    /// <summary>True when every word of a name is ordinary English or a particle ("Eastern Province", "Lakes").</summary>
    public bool AllCommon(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).All(IsCommon);
}
