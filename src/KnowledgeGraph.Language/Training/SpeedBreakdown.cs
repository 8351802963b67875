using System.Diagnostics;
using KnowledgeGraph.Language.Parsing;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language.Training;

/// <summary>Times the pipeline stages separately (seconds per pass over the sentences), for tuning.</summary>
public static class SpeedBreakdown
{
    public static (double Tag, double Parse, double Lemma) Measure(LanguageModels models, IReadOnlyList<TreebankSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(sentences);
        var hashes = new WordHashes();
        var scores = new float[models.Tagger.TagCount];
        var tags = sentences.Select(s => new int[s.Count]).ToArray();
        var words = sentences.Select(s => s.Forms.Select(f => Internal.FeatureHash.LowerText(f)).ToArray()).ToArray();
        var state = new ParserState();
        var heads = new int[1024];
        var labels = new int[1024];
        double tag = double.MaxValue, parse = double.MaxValue, lemma = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var s = 0; s < sentences.Count; s++)
            {
                models.Tagger.Tag(sentences[s].Forms, tags[s], hashes, scores);
            }

            tag = Math.Min(tag, clock.Elapsed.TotalSeconds);
            clock.Restart();
            for (var s = 0; s < sentences.Count; s++)
            {
                models.Parser.Parse(words[s], tags[s], heads, labels, state);
            }

            parse = Math.Min(parse, clock.Elapsed.TotalSeconds);
            clock.Restart();
            for (var s = 0; s < sentences.Count; s++)
            {
                for (var i = 0; i < sentences[s].Count; i++)
                {
                    models.Lemmatizer.Lemmatize(sentences[s].Forms[i], tags[s][i]);
                }
            }

            lemma = Math.Min(lemma, clock.Elapsed.TotalSeconds);
        }

        return (tag, parse, lemma);
    }
}
