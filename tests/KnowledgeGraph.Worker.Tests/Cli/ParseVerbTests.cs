using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Cli;

public sealed class ParseVerbTests
{
    // Invented sentences: a comment block, a multiword token ("won't" = wo + n't) and an empty node (4.1).
    private const string Input = """
        # sent_id = probe-1
        # text = Norland attacked Sudmark.
        1	Norland	_	_	_	_	_	_	_	_
        2	attacked	_	_	_	_	_	_	_	_
        3	Sudmark	_	_	_	_	_	_	_	_
        4	.	_	_	_	_	_	_	_	SpaceAfter=No

        # sent_id = probe-2
        1-2	won't	_	_	_	_	_	_	_	_
        1	wo	_	_	_	_	_	_	_	_
        2	n't	_	_	_	_	_	_	_	_
        3	stop	_	_	_	_	_	_	_	_
        4	now	_	_	_	_	_	_	_	_
        4.1	said	_	_	_	_	_	_	_	_
        5	.	_	_	_	_	_	_	_	_


        """;

    [Fact]
    public async Task Parse_ConlluFile_FillsPredictionsAndKeepsCommentsRangesAndEmptyNodes()
    {
        using var folder = new TempFolder();
        var file = folder.Write("in.conllu", Input);

        var result = await TestSupport.Cli.RunAsync("parse", "--conllu", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Contains("# sent_id = probe-1", lines);
        Assert.Contains("# text = Norland attacked Sudmark.", lines);
        Assert.Contains(lines, l => l.StartsWith("1-2\twon't\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("4.1\tsaid\t", StringComparison.Ordinal));
        var attacked = lines.Single(l => l.StartsWith("2\tattacked\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal("attack", attacked[2]);
        Assert.Equal("VERB", attacked[3]);
        Assert.Equal("0", attacked[6]);
        Assert.Equal("root", attacked[7]);
        var words = lines.Where(l => l.Length > 0 && char.IsDigit(l[0]) && !l.Split('\t')[0].Contains('-', StringComparison.Ordinal) && !l.Split('\t')[0].Contains('.', StringComparison.Ordinal)).ToArray();
        Assert.All(words, w => Assert.NotEqual("_", w.Split('\t')[7]));
        Assert.Contains(lines, l => l.EndsWith("SpaceAfter=No", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parse_MalformedLine_NamesTheLineAndExitsOne()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.conllu", "# ok\n1\tFine\t_\t_\t_\t_\t_\t_\t_\t_\n\nthis line has no columns\n\n");

        var result = await TestSupport.Cli.RunAsync("parse", "--conllu", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 4", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_MissingFile_SaysSoAndExitsOne()
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("parse", "--conllu", folder.Combine("absent.conllu"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("file not found", result.Error, StringComparison.Ordinal);
    }
}

public sealed class ExtractExplainTests
{
    [Fact]
    public async Task Extract_Explain_PrintsEachSentencesWordsWithTagLemmaHeadAndRelation()
    {
        var result = await ExplainAsync("France condemned the strike.");

        Assert.Contains("Sentence 1: France condemned the strike.", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"#\s+form\s+upos/xpos\s+lemma\s+head\s+deprel", result.Output);
        Assert.Matches(@"condemned\s+VERB/VBD\s+condemn\s+0 \(root\)\s+root", result.Output);
        Assert.DoesNotContain("parsed as:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ExplainSentenceWithANameOfSeveralWords_PrintsTheParsedSentenceUnderTheOriginal()
    {
        var result = await ExplainAsync("Prime Minister Anna Berg met Tomas Lind in Niamey.");

        Assert.Contains("Sentence 1: Prime Minister Anna Berg met Tomas Lind in Niamey.", result.Output, StringComparison.Ordinal);
        Assert.Contains("  parsed as: Berg met Lind in Niamey.", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"Lind\s+PROPN/NNP\s+Lind\s+2 \(met\)\s+obj", result.Output);
    }

    /// <summary>Runs <c>extract --explain</c> on one article made of a title line and <paramref name="sentence"/>; it must succeed.</summary>
    private static async Task<TestSupport.CliResult> ExplainAsync(string sentence)
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "Talks\n\n" + sentence + "\n");

        var result = await TestSupport.Cli.RunAsync("extract", file, "--explain");

        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
