using System.Diagnostics;
using KnowledgeGraph.Language.Parsing;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language.Training;

/// <summary>
/// Times the pipeline stages separately (seconds per pass over the sentences), for tuning. Each stage
/// is timed in chunks of <see cref="ChunkSize"/> sentences and every chunk keeps its fastest round:
/// on a shared machine a chunk of a few milliseconds often runs uninterrupted in some round, a whole
/// pass rarely does, so the sum of the chunks' minima is far less noisy than the best whole pass.
/// </summary>
public static class SpeedBreakdown
{
    private const int ChunkSize = 50;

    public static (double Tag, double Parse, double Lemma) Measure(LanguageModels models, IReadOnlyList<TreebankSentence> sentences, int rounds = 3)
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
        var chunks = (sentences.Count + ChunkSize - 1) / ChunkSize;
        var tag = Enumerable.Repeat(double.MaxValue, chunks).ToArray();
        var parse = Enumerable.Repeat(double.MaxValue, chunks).ToArray();
        var lemma = Enumerable.Repeat(double.MaxValue, chunks).ToArray();
        for (var round = 0; round < Math.Max(1, rounds); round++)
        {
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                int from = chunk * ChunkSize, to = Math.Min(sentences.Count, from + ChunkSize);
                var clock = Stopwatch.StartNew();
                for (var s = from; s < to; s++)
                {
                    models.Tagger.Tag(sentences[s].Forms, tags[s], hashes, scores);
                }

                tag[chunk] = Math.Min(tag[chunk], clock.Elapsed.TotalSeconds);
            }

            for (var chunk = 0; chunk < chunks; chunk++)
            {
                int from = chunk * ChunkSize, to = Math.Min(sentences.Count, from + ChunkSize);
                var clock = Stopwatch.StartNew();
                for (var s = from; s < to; s++)
                {
                    models.Parser.Parse(words[s], tags[s], heads, labels, state);
                }

                parse[chunk] = Math.Min(parse[chunk], clock.Elapsed.TotalSeconds);
            }

            for (var chunk = 0; chunk < chunks; chunk++)
            {
                int from = chunk * ChunkSize, to = Math.Min(sentences.Count, from + ChunkSize);
                var clock = Stopwatch.StartNew();
                for (var s = from; s < to; s++)
                {
                    for (var i = 0; i < sentences[s].Count; i++)
                    {
                        models.Lemmatizer.Lemmatize(sentences[s].Forms[i], tags[s][i]);
                    }
                }

                lemma[chunk] = Math.Min(lemma[chunk], clock.Elapsed.TotalSeconds);
            }
        }

        return (tag.Sum(), parse.Sum(), lemma.Sum());
    }
}
