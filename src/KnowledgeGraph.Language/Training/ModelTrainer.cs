using System.Globalization;
using KnowledgeGraph.Language.Internal;
using KnowledgeGraph.Language.Lemmatization;
using KnowledgeGraph.Language.Parsing;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language.Training;

/// <summary>The serialised models produced by one training run.</summary>
public sealed record TrainedModelFiles(byte[] Tagger, byte[] Lemmatizer, byte[] Parser)
{
    public LanguageModels Load(string sourceName = "trained") => LanguageModels.FromBytes(Tagger, Lemmatizer, Parser, sourceName);
}

/// <summary>
/// Trains tagger, lemmatiser and parser from a treebank. Deterministic: single-threaded, one
/// seeded <see cref="Random"/>, ordinal sorting wherever a collection is enumerated into a model,
/// so the same data, options and seed give byte-identical files.
/// </summary>
public static class ModelTrainer
{
    public static TrainedModelFiles Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<TreebankSentence> dev, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        var log = options.Log ?? (_ => { });
        var tagSet = TagSet.Build(train);
        var random = new Random(options.Seed);

        var pretrained = options.PretrainedTagger is { } taggerFile ? PosTagger.Deserialize(taggerFile, "pretrained tagger") : null;
        byte[] taggerBytes;
        int bestTaggerEpochs;
        PosTagger tagger;
        if (pretrained is null)
        {
            tagger = TrainTagger(train, dev, tagSet, options, random, log, out taggerBytes, out bestTaggerEpochs);
        }
        else
        {
            (tagger, taggerBytes, bestTaggerEpochs) = (pretrained, options.PretrainedTagger!, options.TaggerEpochs);

            // Draw what the tagger's and the refiner's epoch shuffles would have drawn, so the parser
            // gets exactly the random sequence (and result) of a full run with the same options.
            var passes = options.TaggerEpochs * (options.JackknifeFolds > 1 && options.RefineTagger ? 2 : 1);
            var skipped = new int[train.Count];
            for (var pass = 0; pass < passes; pass++)
            {
                random.Shuffle(skipped);
            }
        }

        var lemmatizer = BuildLemmatizer(train, tagSet);
        log($"lemmatizer: {lemmatizer.Exact.Count} exact + {lemmatizer.Lower.Count} lowercase lexicon entries, {lemmatizer.Rules.Count} suffix rules");

        var trainTags = options.JackknifeFolds > 1
            ? JackknifeTags(train, dev, tagSet, options, bestTaggerEpochs, log)
            : [.. train.Select(s => tagSet.Encode(s))];
        if (options.JackknifeFolds > 1 && options.RefineTagger && pretrained is null)
        {
            tagger = TrainRefiner(train, trainTags, dev, tagger, tagSet, options, random, log);
            taggerBytes = tagger.Serialize();
        }
        var parserBytes = options.ParserEpochs > 0 ? TrainParser(train, trainTags, dev, tagger, options, random, log) : [];
        return new TrainedModelFiles(taggerBytes, lemmatizer.Serialize(), parserBytes);
    }

    private static PosTagger TrainTagger(
        IReadOnlyList<TreebankSentence> train,
        IReadOnlyList<TreebankSentence> dev,
        TagSet tagSet,
        TrainingOptions options,
        Random random,
        Action<string> log,
        out byte[] bestBytes,
        out int bestEpochs)
    {
        var dictionary = BuildTagDictionary(train, tagSet, options);
        log($"tagger: {tagSet.Count} joint UPOS/XPOS tags, {dictionary.Count} tag-dictionary words");
        var perceptron = new AveragedPerceptron(tagSet.Count);
        PosTagger? best = null;
        bestEpochs = 0;
        var bestAccuracy = -1.0;
        var order = Enumerable.Range(0, train.Count).ToArray();
        for (var epoch = 1; epoch <= options.TaggerEpochs; epoch++)
        {
            random.Shuffle(order);
            TaggerEpoch(train, order, tagSet, dictionary, perceptron);
            var candidate = new PosTagger(tagSet.Upos, tagSet.Xpos, new SparseWeightTable(perceptron.ToRows(options.PruneBelow)), dictionary);
            var accuracy = dev.Count == 0 ? epoch : Evaluator.TagAccuracy(candidate, dev, tagSet);
            log(string.Create(CultureInfo.InvariantCulture, $"tagger epoch {epoch}: dev joint-tag accuracy {accuracy:F4}, {candidate.Weights.RowCount} features"));
            if (accuracy > bestAccuracy)
            {
                bestAccuracy = accuracy;
                bestEpochs = epoch;
                best = candidate;
            }
        }

        bestBytes = best!.Serialize();

        // Reload so the parser is selected with exactly the weights that are written to disk.
        return PosTagger.Deserialize(bestBytes, "tagger (training)");
    }

    private static PosTagger TrainRefiner(
        IReadOnlyList<TreebankSentence> train,
        int[][] firstPassTags,
        IReadOnlyList<TreebankSentence> dev,
        PosTagger firstPass,
        TagSet tagSet,
        TrainingOptions options,
        Random random,
        Action<string> log)
    {
        var perceptron = new AveragedPerceptron(tagSet.Count);
        var hashes = new WordHashes();
        var scores = new float[tagSet.Count];
        var features = new uint[PosTagger.MaxFeatures];
        var order = Enumerable.Range(0, train.Count).ToArray();
        PosTagger? best = null;
        var bestAccuracy = -1.0;
        for (var epoch = 1; epoch <= options.TaggerEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var sentence = train[index];
                var gold = tagSet.Encode(sentence);
                var predicted = new int[sentence.Count];
                hashes.Fill(sentence.Forms);
                for (var i = 0; i < sentence.Count; i++)
                {
                    if (firstPass.TagDictionary.TryGetValue(sentence.Forms[i], out var known))
                    {
                        predicted[i] = known;
                        continue;
                    }

                    var count = PosTagger.ExtractRefinerFeatures(hashes, i, predicted, firstPassTags[index], features);
                    perceptron.Score(features.AsSpan(0, count), scores);
                    var guess = PosTagger.ArgMax(scores);
                    perceptron.Tick();
                    perceptron.Update(features.AsSpan(0, count), gold[i], guess);
                    predicted[i] = guess;
                }
            }

            var candidate = new PosTagger(tagSet.Upos, tagSet.Xpos, firstPass.Weights, firstPass.TagDictionary, new SparseWeightTable(perceptron.ToRows(options.PruneBelow)));
            var accuracy = Evaluator.TagAccuracy(candidate, dev, tagSet);
            log(string.Create(CultureInfo.InvariantCulture, $"tagger refiner epoch {epoch}: dev joint-tag accuracy {accuracy:F4}, {candidate.Refiner!.RowCount} features"));
            if (accuracy > bestAccuracy)
            {
                bestAccuracy = accuracy;
                best = candidate;
            }
        }

        // Skip the second pass for confident first-pass tags: the smallest margin that costs at most
        // 0.02 points of dev accuracy (about 5 words in 25,000) is kept.
        foreach (var margin in new[] { 1f, 2f, 4f, 8f, 16f, 32f, 64f })
        {
            var candidate = best!.WithRefinerMargin(margin);
            var accuracy = Evaluator.TagAccuracy(candidate, dev, tagSet);
            log(string.Create(CultureInfo.InvariantCulture, $"tagger refiner only below margin {margin}: dev joint-tag accuracy {accuracy:F4}"));
            if (accuracy >= bestAccuracy - 0.0002)
            {
                return candidate;
            }
        }

        return best!;
    }

    private static void TaggerEpoch(
        IReadOnlyList<TreebankSentence> train,
        int[] order,
        TagSet tagSet,
        Dictionary<string, int> dictionary,
        AveragedPerceptron perceptron)
    {
        var hashes = new WordHashes();
        Span<uint> features = stackalloc uint[PosTagger.MaxFeatures];
        var scores = new float[tagSet.Count];
        var predicted = new int[16];
        foreach (var index in order)
        {
            var sentence = train[index];
            var gold = tagSet.Encode(sentence);
            if (predicted.Length < sentence.Count)
            {
                predicted = new int[sentence.Count * 2];
            }

            hashes.Fill(sentence.Forms);
            for (var i = 0; i < sentence.Count; i++)
            {
                if (dictionary.TryGetValue(sentence.Forms[i], out var known))
                {
                    predicted[i] = known;
                    continue;
                }

                var count = PosTagger.ExtractFeatures(hashes, i, predicted, features);
                perceptron.Score(features[..count], scores);
                var guess = PosTagger.ArgMax(scores);
                perceptron.Tick();
                perceptron.Update(features[..count], gold[i], guess);
                predicted[i] = guess;
            }
        }
    }

    private static Dictionary<string, int> BuildTagDictionary(IReadOnlyList<TreebankSentence> train, TagSet tagSet, TrainingOptions options)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            var tags = tagSet.Encode(sentence);
            for (var i = 0; i < sentence.Count; i++)
            {
                if (!counts.TryGetValue(sentence.Forms[i], out var byTag))
                {
                    counts[sentence.Forms[i]] = byTag = [];
                }

                byTag[tags[i]] = byTag.GetValueOrDefault(tags[i]) + 1;
            }
        }

        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, byTag) in counts.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var total = byTag.Values.Sum();
            var (tag, count) = byTag.OrderByDescending(e => e.Value).ThenBy(e => e.Key).Select(e => (e.Key, e.Value)).First();
            if (total >= options.TagDictionaryMinCount && count >= options.TagDictionaryMinShare * total)
            {
                dictionary[word] = tag;
            }
        }

        return dictionary;
    }

    private static int[][] JackknifeTags(
        IReadOnlyList<TreebankSentence> train,
        IReadOnlyList<TreebankSentence> dev,
        TagSet tagSet,
        TrainingOptions options,
        int epochs,
        Action<string> log)
    {
        // The cache records what the tags were computed from; a cache from other options is redone.
        var cacheKey = string.Create(CultureInfo.InvariantCulture,
            $"KGJK1 seed={options.Seed} folds={options.JackknifeFolds} epochs={epochs} prune={options.PruneBelow} dictionary={options.TagDictionaryMinCount}/{options.TagDictionaryMinShare} sentences={train.Count} words={train.Sum(s => s.Count)}");
        if (options.JackknifeCachePath is { } cachePath && File.Exists(cachePath))
        {
            if (ReadJackknifeCache(cachePath, cacheKey, train) is { } cached)
            {
                log($"jackknife tags read from {cachePath}");
                return cached;
            }

            log($"jackknife cache {cachePath} was written for other data or options; recomputing it");
        }

        var folds = options.JackknifeFolds;
        var result = new int[train.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var trainPart = Enumerable.Range(0, train.Count).Where(i => i % folds != fold).Select(i => train[i]).ToArray();
            var foldOptions = new TrainingOptions
            {
                Seed = options.Seed + fold + 1,
                TaggerEpochs = epochs,
                PruneBelow = options.PruneBelow,
                TagDictionaryMinCount = options.TagDictionaryMinCount,
                TagDictionaryMinShare = options.TagDictionaryMinShare,
            };
            var tagger = TrainTagger(trainPart, [], tagSet, foldOptions, new Random(foldOptions.Seed), _ => { }, out _, out _);
            var hashes = new WordHashes();
            var scores = new float[tagSet.Count];
            for (var i = fold; i < train.Count; i += folds)
            {
                var tags = new int[train[i].Count];
                tagger.Tag(train[i].Forms, tags, hashes, scores);
                result[i] = tags;
            }

            log($"jackknife fold {fold + 1}/{folds} tagged");
        }

        if (options.JackknifeCachePath is { } path)
        {
            using var writer = new BinaryWriter(File.Create(path));
            writer.Write(cacheKey);
            writer.Write(result.Length);
            foreach (var tags in result)
            {
                writer.Write(tags.Length);
                foreach (var tag in tags)
                {
                    writer.Write((byte)tag);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Jackknifed tags written by an earlier run (see <see cref="TrainingOptions.JackknifeCachePath"/>),
    /// or null when that run had another <paramref name="key"/> (data or options).
    /// </summary>
    private static int[][]? ReadJackknifeCache(string path, string key, IReadOnlyList<TreebankSentence> train)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        try
        {
            if (reader.ReadString() != key)
            {
                return null;
            }
        }
        catch (EndOfStreamException)
        {
            // Shorter than its own header: not a cache this code wrote.
            return null;
        }

        var cached = new int[reader.ReadInt32()][];
        for (var s = 0; s < cached.Length; s++)
        {
            cached[s] = new int[reader.ReadInt32()];
            for (var i = 0; i < cached[s].Length; i++)
            {
                cached[s][i] = reader.ReadByte();
            }
        }

        return cached.Length != train.Count || cached.Where((tags, s) => tags.Length != train[s].Count).Any()
            ? throw new InvalidDataException($"Jackknife cache '{path}' does not match the training data.")
            : cached;
    }

    internal static Lemmatizer BuildLemmatizer(IReadOnlyList<TreebankSentence> train, TagSet tagSet)
    {
        var capitalised = new int[tagSet.Count];
        var lowered = new int[tagSet.Count];
        var exactCounts = new Dictionary<(string, int), Dictionary<string, int>>();
        var lowerCounts = new Dictionary<(string, int), Dictionary<string, int>>();
        foreach (var sentence in train)
        {
            var tags = tagSet.Encode(sentence);
            for (var i = 0; i < sentence.Count; i++)
            {
                var form = sentence.Forms[i];
                var lemma = sentence.Lemmas[i];
                // Sentence-initial capitals say nothing about the word, so they are left out.
                if (i > 0 && form.Length > 0 && char.IsUpper(form[0]))
                {
                    capitalised[tags[i]]++;
                    if (lemma.Length > 0 && char.IsLower(lemma[0]))
                    {
                        lowered[tags[i]]++;
                    }
                }

                Count(exactCounts, (form, tags[i]), lemma);
                Count(lowerCounts, (form.ToLowerInvariant(), tags[i]), lemma);
            }
        }

        var lowercaseTags = new bool[tagSet.Count];
        for (var t = 0; t < tagSet.Count; t++)
        {
            lowercaseTags[t] = capitalised[t] == 0 || lowered[t] * 2 > capitalised[t];
        }

        var exact = Flatten(exactCounts);
        var lower = Flatten(lowerCounts);

        // Suffix rules are learned from word types, not tokens: unseen words behave like rare types.
        var ruleCounts = new Dictionary<(int Tag, string Suffix), Dictionary<LemmaRule, int>>();
        foreach (var (form, tag, lemma) in exact)
        {
            var baseForm = lowercaseTags[tag] ? form.ToLowerInvariant() : form;
            var rule = Lemmatizer.RuleFor(baseForm, lemma);
            var lowerBase = baseForm.ToLowerInvariant();
            for (var length = 1; length <= Math.Min(Lemmatizer.MaxSuffix, lowerBase.Length - 1); length++)
            {
                var key = (tag, lowerBase[^length..]);
                if (!ruleCounts.TryGetValue(key, out var byRule))
                {
                    ruleCounts[key] = byRule = [];
                }

                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
            }
        }

        var bestRule = ruleCounts.ToDictionary(
            e => e.Key,
            e => e.Value.OrderByDescending(r => r.Value).ThenBy(r => r.Key.Strip).ThenBy(r => r.Key.Append, StringComparer.Ordinal).First().Key);
        var rules = new List<(int, string, LemmaRule)>();
        foreach (var ((tag, suffix), rule) in bestRule.OrderBy(e => e.Key.Tag).ThenBy(e => e.Key.Suffix, StringComparer.Ordinal))
        {
            // A longer suffix that agrees with its one-shorter suffix adds nothing at lookup time.
            if (suffix.Length > 1 && bestRule.TryGetValue((tag, suffix[1..]), out var shorter) && shorter == rule)
            {
                continue;
            }

            rules.Add((tag, suffix, rule));
        }

        return new Lemmatizer(tagSet.Count, lowercaseTags, exact, lower, rules);
    }

    private static void Count(Dictionary<(string, int), Dictionary<string, int>> counts, (string, int) key, string lemma)
    {
        if (!counts.TryGetValue(key, out var byLemma))
        {
            counts[key] = byLemma = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        byLemma[lemma] = byLemma.GetValueOrDefault(lemma) + 1;
    }

    private static List<(string, int, string)> Flatten(Dictionary<(string Form, int Tag), Dictionary<string, int>> counts) =>
        [.. counts
            .OrderBy(e => e.Key.Form, StringComparer.Ordinal).ThenBy(e => e.Key.Tag)
            .Select(e => (e.Key.Form, e.Key.Tag, e.Value.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key))];

    private static byte[] TrainParser(
        IReadOnlyList<TreebankSentence> train,
        int[][] trainTags,
        IReadOnlyList<TreebankSentence> dev,
        PosTagger tagger,
        TrainingOptions options,
        Random random,
        Action<string> log)
    {
        var labels = train.SelectMany(s => s.Relations).Append("root").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length > 255)
        {
            throw new InvalidOperationException("More than 255 dependency labels.");
        }

        var labelIds = labels.Select((label, id) => (label, id)).ToDictionary(e => e.label, e => e.id, StringComparer.Ordinal);
        var rootLabel = labelIds["root"];
        var actions = new AveragedPerceptron(3);
        var labelModel = new AveragedPerceptron(labels.Length);
        var wordHashes = train.Select(s => s.Forms.Select(f => FeatureHash.LowerText(f)).ToArray()).ToArray();
        var devTags = Evaluator.PredictTags(tagger, dev);
        var tagSet = TagSet.From(tagger);
        var devGoldTags = dev.Select(tagSet.Encode).ToArray();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var state = new ParserState();
        var bestLas = -1.0;
        DependencyParser? best = null;
        var beam = options.BeamWidth > 1 ? new BeamParserTrainer(options.BeamWidth, actions, labelModel, rootLabel) : null;
        for (var epoch = 1; epoch <= options.ParserEpochs; epoch++)
        {
            random.Shuffle(order);
            var explore = epoch > 1 ? options.Exploration : 0.0;
            if (beam is not null && epoch > options.BeamWarmupEpochs)
            {
                var updatesBefore = beam.Updates;
                foreach (var index in order)
                {
                    var (gold, goldLabels) = GoldArcs(train[index], labelIds);
                    beam.Train(wordHashes[index], trainTags[index], gold, goldLabels);
                }

                log($"parser epoch {epoch}: beam {options.BeamWidth}, {beam.Updates - updatesBefore} of {train.Count} sentences updated");
            }
            else
            {
                foreach (var index in order)
                {
                    ParseForTraining(train[index], wordHashes[index], trainTags[index], labelIds, rootLabel, actions, labelModel, state, random, explore);
                }
            }

            var candidate = new DependencyParser(labels, tagger.Upos, new TransitionWeightTable(actions.ToRows(options.PruneBelow)), new SparseWeightTable(labelModel.ToRows(options.PruneBelow)), options.BeamWidth);
            var (uas, las) = dev.Count == 0 ? (epoch, epoch) : Evaluator.AttachmentScores(candidate, dev, devTags);
            var (goldUas, goldLas) = dev.Count == 0 ? (epoch, epoch) : Evaluator.AttachmentScores(candidate, dev, devGoldTags);
            log(string.Create(CultureInfo.InvariantCulture,
                $"parser epoch {epoch}: dev UAS {uas:F4} LAS {las:F4} (predicted tags; gold tags: UAS {goldUas:F4} LAS {goldLas:F4}), {candidate.Actions.RowCount} action + {candidate.LabelWeights.RowCount} label features"));
            if (las > bestLas)
            {
                bestLas = las;
                best = candidate;
            }
        }

        // Pruning small weights shrinks the file and the tables (fewer cache misses); the log shows what it costs.
        DependencyParser? chosen = null;
        foreach (var threshold in new[] { 0.05f, 0.1f, 0.2f, 0.3f, 0.5f, options.FinalPruneBelow }.Distinct().Order())
        {
            var pruned = new DependencyParser(labels, tagger.Upos, new TransitionWeightTable(best!.Actions.Export().Prune(threshold)), new SparseWeightTable(best.LabelWeights.Export().Prune(threshold)), options.BeamWidth);
            var (uas, las) = Evaluator.AttachmentScores(pruned, dev, devTags);
            log(string.Create(CultureInfo.InvariantCulture,
                $"parser pruned below {threshold}: dev UAS {uas:F4} LAS {las:F4}, {pruned.Actions.RowCount} action + {pruned.LabelWeights.RowCount} label features"));
            if (threshold == options.FinalPruneBelow)
            {
                chosen = pruned;
            }
        }

        return chosen!.Serialize();
    }

    /// <summary>Gold heads in the parser's internal indexing (root = n) and gold label ids.</summary>
    private static (int[] Heads, int[] Labels) GoldArcs(TreebankSentence sentence, Dictionary<string, int> labelIds)
    {
        var n = sentence.Count;
        var gold = new int[n];
        var goldLabels = new int[n];
        for (var i = 0; i < n; i++)
        {
            gold[i] = sentence.Heads[i] == 0 ? n : sentence.Heads[i] - 1;
            goldLabels[i] = labelIds[sentence.Relations[i]];
        }

        return (gold, goldLabels);
    }

    private static void ParseForTraining(
        TreebankSentence sentence,
        ulong[] words,
        int[] tags,
        Dictionary<string, int> labelIds,
        int rootLabel,
        AveragedPerceptron actions,
        AveragedPerceptron labelModel,
        ParserState state,
        Random random,
        double explore)
    {
        var (gold, goldLabels) = GoldArcs(sentence, labelIds);
        state.Reset(words, tags);
        Span<uint> features = stackalloc uint[DependencyParser.MaxActionFeatures];
        Span<uint> labelFeatures = stackalloc uint[DependencyParser.MaxLabelFeatures];
        Span<float> scores = stackalloc float[3];
        Span<float> labelScores = stackalloc float[labelModel.ClassCount];
        Span<int> costs = stackalloc int[3];
        while (!state.IsTerminal)
        {
            var count = DependencyParser.ExtractActionFeatures(state, features);
            actions.Score(features[..count], scores);
            var minCost = int.MaxValue;
            for (var a = 0; a < 3; a++)
            {
                costs[a] = state.IsValid(a) ? state.Cost(a, gold) : int.MaxValue;
                minCost = Math.Min(minCost, costs[a]);
            }

            var predicted = DependencyParser.BestValidAction(state, scores);
            var best = -1;
            for (var a = 0; a < 3; a++)
            {
                if (costs[a] == minCost && (best < 0 || scores[a] > scores[best]))
                {
                    best = a;
                }
            }

            actions.Tick();
            var next = best;
            if (costs[predicted] > minCost)
            {
                actions.Update(features[..count], best, predicted);
                if (explore > 0 && random.NextDouble() < explore)
                {
                    next = predicted;
                }
            }
            else
            {
                next = predicted;
            }

            var label = 0;
            if (next != ParserState.Shift)
            {
                var dependent = state.S0;
                var head = state.HeadFor(next);
                if (head == state.Root)
                {
                    label = rootLabel;
                }
                else
                {
                    var labelCount = DependencyParser.ExtractLabelFeatures(state, dependent, head, labelFeatures);
                    labelModel.Score(labelFeatures[..labelCount], labelScores);
                    var guess = DependencyParser.BestLabel(labelScores, rootLabel);
                    labelModel.Tick();
                    label = guess;
                    if (gold[dependent] == head)
                    {
                        labelModel.Update(labelFeatures[..labelCount], goldLabels[dependent], guess);
                        label = goldLabels[dependent];
                    }
                }
            }

            state.Apply(next, label);
        }
    }
}

/// <summary>The joint (UPOS, XPOS) tag inventory of a treebank, in ordinal order.</summary>
internal sealed class TagSet
{
    private readonly Dictionary<(string, string), int> _ids;

    private TagSet(string[] upos, string[] xpos)
    {
        Upos = upos;
        Xpos = xpos;
        _ids = [];
        for (var i = 0; i < upos.Length; i++)
        {
            _ids[(upos[i], xpos[i])] = i;
        }
    }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    public int Count => Upos.Length;

    public static TagSet Build(IEnumerable<TreebankSentence> sentences)
    {
        var pairs = sentences
            .SelectMany(s => s.Upos.Zip(s.Xpos))
            .Distinct()
            .OrderBy(p => p.First, StringComparer.Ordinal)
            .ThenBy(p => p.Second, StringComparer.Ordinal)
            .ToArray();
        return pairs.Length > 255
            ? throw new InvalidOperationException("More than 255 joint tags.")
            : new TagSet([.. pairs.Select(p => p.First)], [.. pairs.Select(p => p.Second)]);
    }

    public static TagSet From(PosTagger tagger) => new(tagger.Upos, tagger.Xpos);

    /// <summary>Tag ids of a gold sentence; a pair never seen in training maps to -1.</summary>
    public int[] Encode(TreebankSentence sentence) =>
        [.. sentence.Upos.Zip(sentence.Xpos).Select(p => _ids.GetValueOrDefault((p.First, p.Second), -1))];
}

/// <summary>Post-training size/speed trade-off: drops small weights from saved models.</summary>
public static class ModelPruner
{
    /// <summary>Returns the files with parser (and, if <paramref name="taggerThreshold"/> &gt; 0, tagger) weights below the thresholds removed.</summary>
    public static TrainedModelFiles Prune(TrainedModelFiles files, float parserThreshold, float taggerThreshold)
    {
        ArgumentNullException.ThrowIfNull(files);
        var parser = DependencyParser.Deserialize(files.Parser, "parser");
        var prunedParser = new DependencyParser(
            parser.LabelNames,
            parser.TagUpos,
            new TransitionWeightTable(parser.Actions.Export().Prune(parserThreshold)),
            new SparseWeightTable(parser.LabelWeights.Export().Prune(parserThreshold)),
            parser.BeamWidth);
        var taggerBytes = files.Tagger;
        if (taggerThreshold > 0)
        {
            var tagger = PosTagger.Deserialize(files.Tagger, "tagger");
            var refiner = tagger.Refiner is null ? null : new SparseWeightTable(tagger.Refiner.Export().Prune(taggerThreshold));
            taggerBytes = new PosTagger(tagger.Upos, tagger.Xpos, new SparseWeightTable(tagger.Weights.Export().Prune(taggerThreshold)), tagger.TagDictionary, refiner).Serialize();
        }

        return new TrainedModelFiles(taggerBytes, files.Lemmatizer, prunedParser.Serialize());
    }
}
