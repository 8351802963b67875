using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Training;

// Training / evaluation / speed tool for the language models. Not part of the product.
var command = args.Length > 0 ? args[0] : "help";
var options = ParseOptions(args.Skip(1).ToArray());
var ud = options.GetValueOrDefault("ud", "../shared/data/ud");
string UdFile(string part) => Path.Combine(ud, $"en_ewt-ud-{part}.conllu");

switch (command)
{
    case "train":
        return Train();
    case "eval":
        return Evaluate(LoadModels());
    case "speed":
        return Speed(LoadModels());
    case "parse":
        {
            // Streams CoNLL-U from --conllu (or stdin) to stdout with predicted LEMMA/UPOS/XPOS/HEAD/DEPREL.
            var analyzer = new LanguageAnalyzer(LoadModels(), AnalyzerOptions());
            using var input = options.TryGetValue("conllu", out var path) ? new StreamReader(path) : new StreamReader(Console.OpenStandardInput());
            using var output = new StreamWriter(Console.OpenStandardOutput());
            foreach (var sentence in KnowledgeGraph.Language.Conllu.ConlluReader.Read(input))
            {
                analyzer.Annotate(sentence);
                KnowledgeGraph.Language.Conllu.ConlluWriter.Write(output, sentence);
            }

            return 0;
        }

    case "prune":
        {
            // Explores the size/speed/accuracy trade-off on existing files without retraining.
            var source = options["models"];
            var target = options["out"];
            var files = new TrainedModelFiles(
                File.ReadAllBytes(Path.Combine(source, LanguageModels.TaggerFileName)),
                File.ReadAllBytes(Path.Combine(source, LanguageModels.LemmatizerFileName)),
                File.ReadAllBytes(Path.Combine(source, LanguageModels.ParserFileName)));
            var pruned = ModelPruner.Prune(
                files,
                float.Parse(options.GetValueOrDefault("parser-threshold", "0"), CultureInfo.InvariantCulture),
                float.Parse(options.GetValueOrDefault("tagger-threshold", "0"), CultureInfo.InvariantCulture));
            Directory.CreateDirectory(target);
            File.WriteAllBytes(Path.Combine(target, LanguageModels.TaggerFileName), pruned.Tagger);
            File.WriteAllBytes(Path.Combine(target, LanguageModels.LemmatizerFileName), pruned.Lemmatizer);
            File.WriteAllBytes(Path.Combine(target, LanguageModels.ParserFileName), pruned.Parser);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagger {pruned.Tagger.Length:N0} B, parser {pruned.Parser.Length:N0} B"));
            return Evaluate(LanguageModels.LoadFromDirectory(target));
        }

    case "explain":
        foreach (var text in args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !options.ContainsValue(a)))
        {
            Console.WriteLine(ExplainFormatter.Format(new LanguageAnalyzer(LoadModels()).Analyze(text)));
        }

        return 0;
    default:
        Console.WriteLine("""
            usage:
              train --ud DIR --out DIR [--seed 1] [--tagger-epochs 8] [--parser-epochs 15] [--prune 0.01] [--final-prune 0.1] [--jackknife 0] [--refine 1] [--exploration 0.9]
                    [--tagger-from DIR] [--jackknife-cache FILE]   (parser experiments: reuse a tagger and its jackknifed tags)
                    [--beam 1] [--beam-warmup 0]   (beam > 1: globally trained beam parser; the first warm-up epochs greedy)
              eval  --ud DIR [--models DIR] [--refiner-margin M] [--beam K] [--participle-repair on|off] [--subject-repair on|off] [--root-repair on|off] [--conj-repair on|off] [--insertion-repair on|off] [--preposition-repair on|off] [--zero-relative-repair on|off] [--closed-coordination-repair on|off] [--possessive-repair on|off] [--attribution-repair on|off]   (default: the models embedded in KnowledgeGraph.Language)
              speed --ud DIR [--models DIR] [--rounds 5] [--refiner-margin M] [--beam K]
              prune --models DIR --out DIR [--parser-threshold 0] [--tagger-threshold 0]
              explain [--models DIR] "sentence" ...
              parse [--models DIR] [--conllu FILE] [--participle-repair on|off] [--subject-repair on|off] [--root-repair on|off] [--conj-repair on|off] [--insertion-repair on|off] [--preposition-repair on|off] [--zero-relative-repair on|off] [--closed-coordination-repair on|off] [--possessive-repair on|off] [--attribution-repair on|off]   (CoNLL-U in, CoNLL-U with predictions out)
            """);
        return command == "help" ? 0 : 2;
}

int Train()
{
    var output = options.GetValueOrDefault("out", "src/KnowledgeGraph.Language/Models");
    var trainingOptions = new TrainingOptions
    {
        Seed = Int("seed", 1),
        TaggerEpochs = Int("tagger-epochs", 8),
        ParserEpochs = Int("parser-epochs", 15),
        PruneBelow = float.Parse(options.GetValueOrDefault("prune", "0.01"), CultureInfo.InvariantCulture),
        FinalPruneBelow = float.Parse(options.GetValueOrDefault("final-prune", "0.1"), CultureInfo.InvariantCulture),
        JackknifeFolds = Int("jackknife", 0),
        RefineTagger = Int("refine", 1) == 1,
        Exploration = double.Parse(options.GetValueOrDefault("exploration", "0.9"), CultureInfo.InvariantCulture),
        PretrainedTagger = options.TryGetValue("tagger-from", out var taggerDirectory) ? File.ReadAllBytes(Path.Combine(taggerDirectory, LanguageModels.TaggerFileName)) : null,
        TagDictionaryMinCount = Int("tag-dictionary-min-count", 20),
        TagDictionaryMinShare = double.Parse(options.GetValueOrDefault("tag-dictionary-min-share", "0.995"), CultureInfo.InvariantCulture),
        JackknifeCachePath = options.GetValueOrDefault("jackknife-cache"),
        BeamWidth = Int("beam", 1),
        BeamWarmupEpochs = Int("beam-warmup", 0),
        Log = message => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}"),
    };
    var clock = Stopwatch.StartNew();
    var train = TreebankSentence.ReadFile(UdFile("train"));
    var dev = TreebankSentence.ReadFile(UdFile("dev"));
    Console.WriteLine($"read {train.Count} train and {dev.Count} dev sentences");
    var files = ModelTrainer.Train(train, dev, trainingOptions);
    if (files.Parser.Length == 0)
    {
        Console.WriteLine("parser not trained (--parser-epochs 0); nothing written");
        return 0;
    }

    Directory.CreateDirectory(output);
    File.WriteAllBytes(Path.Combine(output, LanguageModels.TaggerFileName), files.Tagger);
    File.WriteAllBytes(Path.Combine(output, LanguageModels.LemmatizerFileName), files.Lemmatizer);
    File.WriteAllBytes(Path.Combine(output, LanguageModels.ParserFileName), files.Parser);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"wrote {output}: tagger {files.Tagger.Length:N0} B, lemmatizer {files.Lemmatizer.Length:N0} B, parser {files.Parser.Length:N0} B; training took {clock.Elapsed.TotalSeconds:F0} s"));
    return Evaluate(LanguageModels.LoadFromDirectory(output));
}

int Evaluate(LanguageModels models)
{
    var analyzer = new LanguageAnalyzer(models, AnalyzerOptions());
    Console.WriteLine($"parser beam width {models.ParserBeamWidth}");
    foreach (var part in new[] { "dev", "test" })
    {
        var path = UdFile(part);
        if (!File.Exists(path))
        {
            continue;
        }

        var result = Evaluator.Evaluate(analyzer, TreebankSentence.ReadFile(path));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{part,-4}: words {result.Words}  UPOS {result.Upos:F4}  XPOS {result.Xpos:F4}  lemma {result.Lemma:F4}  UAS {result.Uas:F4}  LAS(full label) {result.Las:F4}  LAS(main type) {result.LasMainType:F4}"));
    }

    return 0;
}

int Speed(LanguageModels models)
{
    var sentences = TreebankSentence.ReadFile(UdFile("dev"));
    var analyzer = new LanguageAnalyzer(models);
    Console.WriteLine($"parser beam width {models.ParserBeamWidth}");
    var rounds = Int("rounds", 5);
    var words = sentences.Sum(s => s.Count);
    // Warm-up: JIT, tiered compilation and the first-touch of the weight tables are not measured.
    for (var warm = 0; warm < 2; warm++)
    {
        foreach (var sentence in sentences)
        {
            analyzer.Analyze(sentence.Forms);
        }
    }

    var best = double.MaxValue;
    var bestCpu = double.MaxValue;
    var process = Process.GetCurrentProcess();
    for (var round = 0; round < rounds; round++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            analyzer.Analyze(sentence.Forms);
        }

        clock.Stop();
        process.Refresh();
        // CPU time is reported too because the machine may be shared: wall time then measures the
        // neighbours as much as this code, CPU time of this (single-threaded) loop much less so.
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
        bestCpu = Math.Min(bestCpu, cpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round + 1}: {sentences.Count / clock.Elapsed.TotalSeconds:N0} sentences/s wall, {sentences.Count / cpu:N0} sentences/s per CPU-second, {words / clock.Elapsed.TotalSeconds:N0} words/s wall (tag + lemma + parse, single thread)"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"best of {rounds}: {sentences.Count / best:N0} sentences/s wall, {sentences.Count / bestCpu:N0} sentences/s per CPU-second, over {sentences.Count} dev sentences ({words} words); load average now {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    var breakdown = SpeedBreakdown.Measure(models, sentences, rounds);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"breakdown per pass (sum of the fastest round of each 50-sentence chunk): tag {breakdown.Tag * 1000:F0} ms, parse {breakdown.Parse * 1000:F0} ms, lemmatise {breakdown.Lemma * 1000:F0} ms"));
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var loaded = options.TryGetValue("models", out var directory) ? LanguageModels.LoadFromDirectory(directory) : ReloadEmbedded();
    var after = GC.GetTotalMemory(forceFullCollection: true);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"model memory: {(after - before) / 1048576.0:F1} MiB managed heap for one loaded copy (weight tables {loaded.ApproximateWeightBytes / 1048576.0:F1} MiB)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"weight tables: tagger {Table(loaded.Tagger.Weights.RowCount, loaded.Tagger.Weights.ApproximateBytes)}, refiner {Table(loaded.Tagger.Refiner?.RowCount ?? 0, loaded.Tagger.Refiner?.ApproximateBytes ?? 0)}, transitions {Table(loaded.Parser.Actions.RowCount, loaded.Parser.Actions.ApproximateBytes)} ({loaded.Parser.Actions.DisplacedRows:N0} outside their home bucket), labels {Table(loaded.Parser.LabelWeights.RowCount, loaded.Parser.LabelWeights.ApproximateBytes)}"));
    GC.KeepAlive(loaded);
    return 0;

    static string Table(int rows, long bytes) => string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows {bytes / 1048576.0:F1} MiB");
}

// --participle-repair off / --subject-repair off / --root-repair off: measure the analyzer without its participle-with-object
// repair, its stranded-subject repair or its finite-verb-under-a-nominal-root repair.
LanguageAnalyzerOptions AnalyzerOptions() => new()
{
    RepairParticiplesWithObjects = options.GetValueOrDefault("participle-repair", "on") != "off",
    RepairStrandedSubjects = options.GetValueOrDefault("subject-repair", "on") != "off",
    RepairFiniteVerbUnderNominalRoot = options.GetValueOrDefault("root-repair", "on") != "off",
    RepairNominalConjunctsOfVerbs = options.GetValueOrDefault("conj-repair", "on") != "off",
    RepairPredicateAfterInsertion = options.GetValueOrDefault("insertion-repair", "on") != "off",
    RepairPrepositionsReadAsSubordinators = options.GetValueOrDefault("preposition-repair", "on") != "off",
    RepairZeroRelativeClauses = options.GetValueOrDefault("zero-relative-repair", "on") != "off",
    RepairPhrasesAfterClosedCoordination = options.GetValueOrDefault("closed-coordination-repair", "on") != "off",
    RepairPossessiveReadAsObject = options.GetValueOrDefault("possessive-repair", "on") != "off",
    RepairTrailingAttribution = options.GetValueOrDefault("attribution-repair", "on") != "off",
};

LanguageModels LoadModels()
{
    var models = options.TryGetValue("models", out var directory) ? LanguageModels.LoadFromDirectory(directory) : LanguageModels.Embedded;
    // --refiner-margin overrides the tagger's stored margin, to measure the speed/accuracy trade-off;
    // --beam the parser's beam width (the model records the width it was trained for).
    if (options.TryGetValue("refiner-margin", out var margin))
    {
        models = models.WithRefinerMargin(float.Parse(margin, CultureInfo.InvariantCulture));
    }

    return options.ContainsKey("beam") ? models.WithParserBeamWidth(Int("beam", 1)) : models;
}

static LanguageModels ReloadEmbedded() => LanguageModels.FromBytes(
    LanguageModels.ReadEmbeddedBytes(LanguageModels.TaggerFileName),
    LanguageModels.ReadEmbeddedBytes(LanguageModels.LemmatizerFileName),
    LanguageModels.ReadEmbeddedBytes(LanguageModels.ParserFileName),
    "embedded");

int Int(string name, int fallback) =>
    options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

static Dictionary<string, string> ParseOptions(string[] arguments)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < arguments.Length; i++)
    {
        if (arguments[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < arguments.Length)
        {
            result[arguments[i][2..]] = arguments[++i];
        }
    }

    return result;
}
