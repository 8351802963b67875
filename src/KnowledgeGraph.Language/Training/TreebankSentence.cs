using KnowledgeGraph.Language.Conllu;

namespace KnowledgeGraph.Language.Training;

/// <summary>The gold annotation of one sentence's syntactic words (multiword tokens and empty nodes dropped).</summary>
public sealed class TreebankSentence
{
    public TreebankSentence(string[] forms, string[] lemmas, string[] upos, string[] xpos, int[] heads, string[] relations)
    {
        Forms = forms;
        Lemmas = lemmas;
        Upos = upos;
        Xpos = xpos;
        Heads = heads;
        Relations = relations;
    }

    public string[] Forms { get; }
    public string[] Lemmas { get; }
    public string[] Upos { get; }
    public string[] Xpos { get; }
    /// <summary>1-based heads, 0 = root.</summary>
    public int[] Heads { get; }
    public string[] Relations { get; }

    public int Count => Forms.Length;

    public static TreebankSentence From(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        foreach (var word in words)
        {
            if (word.Head < 0 || word.DepRel == "_")
            {
                throw new ConlluFormatException(word.LineNumber, "training data needs HEAD and DEPREL on every word");
            }
        }

        return new TreebankSentence(
            [.. words.Select(w => w.Form)],
            [.. words.Select(w => w.Lemma)],
            [.. words.Select(w => w.Upos)],
            [.. words.Select(w => w.Xpos)],
            [.. words.Select(w => w.Head)],
            [.. words.Select(w => w.DepRel)]);
    }

    public static IReadOnlyList<TreebankSentence> ReadFile(string path) =>
        [.. ConlluReader.ReadFile(path).Where(s => s.Words.Count > 0).Select(From)];

    public static IReadOnlyList<TreebankSentence> Parse(string conllu) =>
        [.. ConlluReader.Parse(conllu).Where(s => s.Words.Count > 0).Select(From)];
}
