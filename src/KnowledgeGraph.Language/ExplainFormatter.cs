using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Language;

/// <summary>
/// Human-readable table of one analysed sentence (backs <c>extract --explain</c>): index, form,
/// UPOS/XPOS, lemma, head index and form, relation, character span.
/// </summary>
public static class ExplainFormatter
{
    private static readonly string[] Header = ["#", "form", "upos/xpos", "lemma", "head", "deprel", "span"];

    public static string Format(AnalyzedSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var rows = new List<string[]> { Header };
        foreach (var token in sentence.Tokens)
        {
            var head = token.Head == 0 ? "0 (root)" : string.Create(CultureInfo.InvariantCulture, $"{token.Head} ({sentence[token.Head].Form})");
            rows.Add([
                token.Index.ToString(CultureInfo.InvariantCulture),
                Printable(token.Form),
                token.Upos + "/" + token.Xpos,
                Printable(token.Lemma),
                head,
                token.DepRel,
                string.Create(CultureInfo.InvariantCulture, $"{token.Start}-{token.End}"),
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var builder = new StringBuilder();
        if (sentence.WasSplitForParsing)
        {
            builder.Append("(sentence longer than the parser limit: parsed in chunks joined by 'parataxis')\n");
        }

        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                builder.Append(c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    // Control characters would garble a terminal table.
    private static string Printable(string text) =>
        text.Any(char.IsControl) ? new string([.. text.Select(c => char.IsControl(c) ? '·' : c)]) : text;
}
