using KnowledgeGraph.Language.Conllu;

namespace KnowledgeGraph.Language.Tests;

public sealed class ConlluTests
{
    // Invented sentences, written for these tests.
    private const string Sample =
        "# sent_id = invented-1\n" +
        "# text = Sylvania didn't reply.\n" +
        "1\tSylvania\t_\t_\t_\tNumber=Sing\t_\t_\t_\t_\n" +
        "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdid\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "4\treply\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
        "4.1\tsent\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "\n" +
        "# sent_id = invented-2\n" +
        "1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tresumed\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "\n";

    private static string Annotate(string conllu)
    {
        using var output = new StringWriter();
        foreach (var sentence in ConlluReader.Read(new StringReader(conllu)))
        {
            LanguageAnalyzer.Default.Annotate(sentence);
            ConlluWriter.Write(output, sentence);
        }

        return output.ToString();
    }

    [Fact]
    public void Annotate_RoundTrip_KeepsCommentsMultiwordTokensAndEmptyNodes()
    {
        var lines = Annotate(Sample).Split('\n');

        Assert.Equal("# sent_id = invented-1", lines[0]);
        Assert.Equal("# text = Sylvania didn't reply.", lines[1]);
        Assert.Equal("2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_", lines[3]);
        Assert.Equal("4.1\tsent\t_\t_\t_\t_\t_\t_\t_\t_", lines[7]);
        Assert.Equal("# sent_id = invented-2", lines[10]);
        Assert.Equal(Sample.Split('\n').Length, lines.Length);
    }

    [Fact]
    public void Annotate_WordLines_KeepIdFormFeatsMiscAndFillPredictions()
    {
        var words = ConlluReader.Parse(Annotate(Sample))[0].Words;

        Assert.Equal(["Sylvania", "did", "n't", "reply", "."], words.Select(w => w.Form));
        Assert.Equal([1, 2, 3, 4, 5], words.Select(w => w.Id));
        Assert.Equal("Number=Sing", words[0].Feats);
        Assert.Equal("PROPN", words[0].Upos);
        Assert.Equal("SpaceAfter=No", words[3].Misc);
        Assert.Equal(0, words[3].Head);
        Assert.Equal("root", words[3].DepRel);
        Assert.All(words, w => Assert.NotEqual("_", w.DepRel));
        Assert.All(words, w => Assert.InRange(w.Head, 0, words.Count));
    }

    [Fact]
    public void Read_WrongColumnCount_ErrorNamesTheLine()
    {
        const string bad = "# text = x\n1\tFreedonia\t_\t_\t_\t_\t_\t_\t_\t_\n2\tbroken line\n";

        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse(bad));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WordIdOutOfSequence_ErrorNamesTheLine()
    {
        const string bad = "1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n3\tB\t_\t_\t_\t_\t_\t_\t_\t_\n";

        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse(bad));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonNumericHead_ErrorNamesTheLine()
    {
        const string bad = "1\tA\t_\t_\t_\t_\tx\t_\t_\t_\n";

        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Parse(bad));

        Assert.Contains("line 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_StreamOfSentences_YieldsOneAtATime()
    {
        using var reader = new StringReader(Sample);

        using var sentences = ConlluReader.Read(reader).GetEnumerator();
        Assert.True(sentences.MoveNext());
        var first = sentences.Current;

        Assert.Equal(5, first.Words.Count);
        Assert.Equal(9, first.Lines.Count);
        Assert.True(sentences.MoveNext());
        Assert.Equal(2, sentences.Current.Words.Count);
        Assert.False(sentences.MoveNext());
    }
}
