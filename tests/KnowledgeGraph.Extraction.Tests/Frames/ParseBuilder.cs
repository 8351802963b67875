using KnowledgeGraph.Language;

namespace KnowledgeGraph.Extraction.Tests.Frames;

using Token = KnowledgeGraph.Language.Token;

/// <summary>
/// Builds an <see cref="AnalyzedSentence"/> by hand, so the frames and the assertion layer are tested on exactly the
/// parse a test means, independent of what the trained parser predicts. Each word: "form/lemma/UPOS/head/deprel".
/// </summary>
internal static class ParseBuilder
{
    public static AnalyzedSentence Parse(params string[] words)
    {
        var tokens = new List<Token>();
        var offset = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var parts = words[i].Split('/');
            var form = parts[0];
            tokens.Add(new Token(i + 1, form, parts[1], parts[2], parts[2] == "VERB" ? "VBD" : parts[2], int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), parts[4], offset, form.Length));
            offset += form.Length + 1;
        }

        return new AnalyzedSentence(string.Join(' ', words.Select(w => w.Split('/')[0])), tokens, wasSplitForParsing: false);
    }
}
