using KnowledgeGraph.Language.Training;

namespace KnowledgeGraph.Language.Tests;

public sealed class TrainingTests
{
    // A tiny invented treebank (own sentences, hand-annotated in UD style) for training tests.
    internal const string TinyTreebank = """
        # text = Freedonia attacked Sylvania.
        1	Freedonia	Freedonia	PROPN	NNP	_	2	nsubj	_	_
        2	attacked	attack	VERB	VBD	_	0	root	_	_
        3	Sylvania	Sylvania	PROPN	NNP	_	2	obj	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	2	punct	_	_

        # text = The talks were held in Osterberg.
        1	The	the	DET	DT	_	2	det	_	_
        2	talks	talk	NOUN	NNS	_	4	nsubj:pass	_	_
        3	were	be	AUX	VBD	_	4	aux:pass	_	_
        4	held	hold	VERB	VBN	_	0	root	_	_
        5	in	in	ADP	IN	_	6	case	_	_
        6	Osterberg	Osterberg	PROPN	NNP	_	4	obl	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	4	punct	_	_

        # text = Sylvania was sanctioned by Freedonia.
        1	Sylvania	Sylvania	PROPN	NNP	_	3	nsubj:pass	_	_
        2	was	be	AUX	VBD	_	3	aux:pass	_	_
        3	sanctioned	sanction	VERB	VBN	_	0	root	_	_
        4	by	by	ADP	IN	_	5	case	_	_
        5	Freedonia	Freedonia	PROPN	NNP	_	3	obl:agent	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	3	punct	_	_

        # text = It didn't stop.
        1	It	it	PRON	PRP	_	4	nsubj	_	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	stop	stop	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # text = Ministers met their rivals on Monday.
        1	Ministers	minister	NOUN	NNS	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	their	their	PRON	PRP$	_	4	nmod:poss	_	_
        4	rivals	rival	NOUN	NNS	_	2	obj	_	_
        5	on	on	ADP	IN	_	6	case	_	_
        6	Monday	Monday	PROPN	NNP	_	2	obl	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        """;

    private static TrainedModelFiles TrainTiny(int seed)
    {
        var sentences = TreebankSentence.Parse(TinyTreebank);
        return ModelTrainer.Train(sentences, sentences, new TrainingOptions { Seed = seed, TaggerEpochs = 3, ParserEpochs = 3 });
    }

    // Jackknifing is what trains the tagger's second pass (the refiner).
    private static TrainedModelFiles TrainTinyWithRefiner(int seed)
    {
        var sentences = TreebankSentence.Parse(TinyTreebank);
        return ModelTrainer.Train(sentences, sentences, new TrainingOptions { Seed = seed, TaggerEpochs = 2, ParserEpochs = 1, JackknifeFolds = 2 });
    }

    [Fact]
    public void Train_SameDataAndSeedTwice_GivesByteIdenticalModels()
    {
        var first = TrainTiny(seed: 5);
        var second = TrainTiny(seed: 5);

        Assert.Equal(first.Tagger, second.Tagger);
        Assert.Equal(first.Lemmatizer, second.Lemmatizer);
        Assert.Equal(first.Parser, second.Parser);
    }

    [Fact]
    public void Train_BeamSameDataAndSeedTwice_GivesByteIdenticalModelsRecordingTheWidth()
    {
        var sentences = TreebankSentence.Parse(TinyTreebank);
        var options = new TrainingOptions { Seed = 5, TaggerEpochs = 2, ParserEpochs = 3, BeamWidth = 4, BeamWarmupEpochs = 1 };

        var first = ModelTrainer.Train(sentences, sentences, options);
        var second = ModelTrainer.Train(sentences, sentences, options);

        Assert.Equal(first.Parser, second.Parser);
        Assert.Equal(4, first.Load().ParserBeamWidth);
    }

    [Fact]
    public void Train_BeamTinyTreebank_ReproducesTrainingSentenceAsOneTree()
    {
        var sentences = TreebankSentence.Parse(TinyTreebank);
        var models = ModelTrainer.Train(sentences, sentences, new TrainingOptions { Seed = 1, TaggerEpochs = 3, ParserEpochs = 4, BeamWidth = 4 }).Load();

        var sentence = new LanguageAnalyzer(models).Analyze(["Sylvania", "was", "sanctioned", "by", "Freedonia", "."]);

        Assert.Equal(0, sentence[3].Head);
        Assert.Equal("nsubj:pass", sentence[1].DepRel);
        Assert.Equal(3, sentence[5].Head);
        Assert.Single(sentence.Tokens, t => t.Head == 0);
    }

    [Fact]
    public void Train_TinyTreebank_ModelsLoadAndReproduceTrainingSentence()
    {
        var models = TrainTiny(seed: 1).Load();

        var sentence = new LanguageAnalyzer(models).Analyze(["Freedonia", "attacked", "Sylvania", "."]);

        Assert.Equal("attack", sentence[2].Lemma);
        Assert.Equal(0, sentence[2].Head);
        Assert.Equal("nsubj", sentence[1].DepRel);
        Assert.Equal("obj", sentence[3].DepRel);
    }

    [Fact]
    public void FromBytes_TaggerFromAnotherTraining_FailsAsMismatched()
    {
        var tiny = TrainTiny(seed: 1);

        var error = Assert.Throws<InvalidDataException>(() => LanguageModels.FromBytes(
            tiny.Tagger,
            LanguageModels.ReadEmbeddedBytes(LanguageModels.LemmatizerFileName),
            LanguageModels.ReadEmbeddedBytes(LanguageModels.ParserFileName),
            "mixed"));

        Assert.Contains("do not belong together", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_JackknifeCacheWrittenThenRead_GivesByteIdenticalModels()
    {
        var cache = Path.Combine(Path.GetTempPath(), $"kg-jackknife-{Guid.NewGuid():N}.bin");
        var sentences = TreebankSentence.Parse(TinyTreebank);
        var options = new TrainingOptions { Seed = 3, TaggerEpochs = 2, ParserEpochs = 2, JackknifeFolds = 2, JackknifeCachePath = cache };
        TrainedModelFiles computed, fromCache;
        bool cacheWritten;
        try
        {
            computed = ModelTrainer.Train(sentences, sentences, options);
            cacheWritten = File.Exists(cache);
            fromCache = ModelTrainer.Train(sentences, sentences, options);
        }
        finally
        {
            File.Delete(cache);
        }

        Assert.True(cacheWritten);
        Assert.Equal(computed.Tagger, fromCache.Tagger);
        Assert.Equal(computed.Parser, fromCache.Parser);
    }

    [Fact]
    public void Train_JackknifeCacheFromAnotherSeed_IsRecomputedNotReused()
    {
        var cache = Path.Combine(Path.GetTempPath(), $"kg-jackknife-{Guid.NewGuid():N}.bin");
        var sentences = TreebankSentence.Parse(TinyTreebank);
        var log = new List<string>();
        TrainingOptions Options(int seed, string? path) =>
            new() { Seed = seed, TaggerEpochs = 2, ParserEpochs = 2, JackknifeFolds = 2, JackknifeCachePath = path, Log = log.Add };
        TrainedModelFiles withStaleCache;
        try
        {
            ModelTrainer.Train(sentences, sentences, Options(3, cache));
            log.Clear();
            withStaleCache = ModelTrainer.Train(sentences, sentences, Options(8, cache));
        }
        finally
        {
            File.Delete(cache);
        }

        var withoutCache = ModelTrainer.Train(sentences, sentences, Options(8, null));

        Assert.Contains(log, message => message.Contains("recomputing", StringComparison.Ordinal));
        Assert.Equal(withoutCache.Tagger, withStaleCache.Tagger);
        Assert.Equal(withoutCache.Parser, withStaleCache.Parser);
    }

    [Fact]
    public void Train_PretrainedTaggerFromSameRun_GivesTheFullRunsParser()
    {
        var sentences = TreebankSentence.Parse(TinyTreebank);
        var full = ModelTrainer.Train(sentences, sentences, new TrainingOptions { Seed = 4, TaggerEpochs = 2, ParserEpochs = 2 });

        var parserOnly = ModelTrainer.Train(
            sentences, sentences, new TrainingOptions { Seed = 4, TaggerEpochs = 2, ParserEpochs = 2, PretrainedTagger = full.Tagger });

        Assert.Equal(full.Tagger, parserOnly.Tagger);
        Assert.Equal(full.Parser, parserOnly.Parser);
    }

    [Fact]
    public void Serialize_TaggerWithRefinerMargin_MarginSurvivesTheFile()
    {
        var tagger = TrainTinyWithRefiner(seed: 2).Load().Tagger.WithRefinerMargin(12.5f);

        var reloaded = KnowledgeGraph.Language.Tagging.PosTagger.Deserialize(tagger.Serialize(), "copy");

        Assert.Equal(12.5f, reloaded.RefinerMargin);
    }

    [Fact]
    public void Tag_RefinerMarginZero_KeepsEveryFirstPassTag()
    {
        var tagger = TrainTinyWithRefiner(seed: 6).Load().Tagger.WithRefinerMargin(0f);
        string[] words = ["Sylvania", "met", "rivals", "in", "Freedonia", "."];
        var hashes = new KnowledgeGraph.Language.Tagging.WordHashes();
        var scores = new float[tagger.TagCount];
        var tagged = new int[words.Length];
        var firstPass = new int[words.Length];

        tagger.Tag(words, tagged, hashes, scores);
        tagger.FirstPass(words, firstPass, hashes, scores);

        Assert.NotNull(tagger.Refiner);
        Assert.Equal(firstPass, tagged);
    }

    [Fact]
    public void ReadTreebank_WordWithoutHead_ErrorNamesTheLine()
    {
        const string unannotated = "1\tFreedonia\t_\t_\t_\t_\t_\t_\t_\t_\n";

        var error = Assert.Throws<KnowledgeGraph.Language.Conllu.ConlluFormatException>(() => TreebankSentence.Parse(unannotated));

        Assert.Equal(1, error.LineNumber);
    }
}
