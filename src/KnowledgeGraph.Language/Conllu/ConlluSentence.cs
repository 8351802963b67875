namespace KnowledgeGraph.Language.Conllu;

/// <summary>One syntactic word line of CoNLL-U (an integer ID). Fields hold the raw column text.</summary>
public sealed class ConlluWord
{
    public required int Id { get; init; }
    public required string Form { get; init; }
    public string Lemma { get; set; } = "_";
    public string Upos { get; set; } = "_";
    public string Xpos { get; set; } = "_";
    public string Feats { get; set; } = "_";
    /// <summary>Head as written; -1 when the column is "_" (unannotated input).</summary>
    public int Head { get; set; } = -1;
    public string DepRel { get; set; } = "_";
    public string Deps { get; set; } = "_";
    public string Misc { get; set; } = "_";

    /// <summary>1-based line number in the source, for error messages.</summary>
    public int LineNumber { get; init; }
}

/// <summary>A line of a CoNLL-U sentence block in source order.</summary>
public abstract record ConlluLine;

/// <summary>A "# ..." line, kept verbatim.</summary>
public sealed record ConlluComment(string Text) : ConlluLine;

/// <summary>A multiword-token line ("3-4") or an empty node ("5.1"), kept verbatim.</summary>
public sealed record ConlluPassThrough(string Text) : ConlluLine;

/// <summary>A syntactic word line.</summary>
public sealed record ConlluWordLine(ConlluWord Word) : ConlluLine;

/// <summary>A sentence block: its lines in order and, for convenience, its syntactic words.</summary>
public sealed class ConlluSentence
{
    public ConlluSentence(IReadOnlyList<ConlluLine> lines, int firstLineNumber)
    {
        Lines = lines;
        FirstLineNumber = firstLineNumber;
        Words = [.. lines.OfType<ConlluWordLine>().Select(line => line.Word)];
    }

    public IReadOnlyList<ConlluLine> Lines { get; }

    public IReadOnlyList<ConlluWord> Words { get; }

    public int FirstLineNumber { get; }

    public IReadOnlyList<string> Forms => [.. Words.Select(w => w.Form)];
}
