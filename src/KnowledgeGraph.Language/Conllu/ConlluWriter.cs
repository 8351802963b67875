using System.Globalization;

namespace KnowledgeGraph.Language.Conllu;

/// <summary>Writes sentence blocks back out: comments and pass-through lines verbatim, words as ten columns.</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (var line in sentence.Lines)
        {
            switch (line)
            {
                case ConlluComment comment:
                    writer.Write(comment.Text);
                    break;
                case ConlluPassThrough passThrough:
                    writer.Write(passThrough.Text);
                    break;
                case ConlluWordLine { Word: var w }:
                    writer.Write(string.Join('\t',
                        w.Id.ToString(CultureInfo.InvariantCulture), w.Form, w.Lemma, w.Upos, w.Xpos, w.Feats,
                        w.Head < 0 ? "_" : w.Head.ToString(CultureInfo.InvariantCulture), w.DepRel, w.Deps, w.Misc));
                    break;
                default:
                    break;
            }

            writer.Write('\n');
        }

        writer.Write('\n');
    }
}
