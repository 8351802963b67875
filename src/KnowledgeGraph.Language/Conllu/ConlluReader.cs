using System.Globalization;

namespace KnowledgeGraph.Language.Conllu;

/// <summary>Thrown for malformed CoNLL-U; the message names the line.</summary>
public sealed class ConlluFormatException : FormatException
{
    public ConlluFormatException()
    {
    }

    public ConlluFormatException(string message)
        : base(message)
    {
    }

    public ConlluFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConlluFormatException(int lineNumber, string reason)
        : base($"CoNLL-U line {lineNumber}: {reason}")
    {
        LineNumber = lineNumber;
    }

    public int LineNumber { get; }
}

/// <summary>
/// Streaming CoNLL-U reader: one sentence block at a time, so memory is bounded by the longest
/// sentence, not the file. Comments, multiword-token ranges and empty nodes are kept verbatim.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadIterator(reader);
    }

    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in ReadIterator(reader))
        {
            yield return sentence;
        }
    }

    public static IReadOnlyList<ConlluSentence> Parse(string text)
    {
        using var reader = new StringReader(text);
        return [.. ReadIterator(reader)];
    }

    private static IEnumerable<ConlluSentence> ReadIterator(TextReader reader)
    {
        var lines = new List<ConlluLine>();
        var lineNumber = 0;
        var first = 0;
        var expectedId = 1;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                if (lines.Count > 0)
                {
                    yield return Finish(lines, first, lineNumber);
                    lines = [];
                    expectedId = 1;
                }

                continue;
            }

            if (lines.Count == 0)
            {
                first = lineNumber;
            }

            if (line[0] == '#')
            {
                lines.Add(new ConlluComment(line));
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new ConlluFormatException(lineNumber, $"expected 10 tab-separated columns, found {columns.Length}");
            }

            var id = columns[0];
            if (id.Contains('-', StringComparison.Ordinal) || id.Contains('.', StringComparison.Ordinal))
            {
                if (!IsRangeOrDecimal(id))
                {
                    throw new ConlluFormatException(lineNumber, $"ID '{id}' is neither a word index, a range nor an empty node");
                }

                lines.Add(new ConlluPassThrough(line));
                continue;
            }

            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var wordId))
            {
                throw new ConlluFormatException(lineNumber, $"ID '{id}' is not a word index");
            }

            if (wordId != expectedId)
            {
                throw new ConlluFormatException(lineNumber, $"word ID {wordId} out of sequence (expected {expectedId})");
            }

            expectedId++;
            if (columns[1].Length == 0)
            {
                throw new ConlluFormatException(lineNumber, "FORM is empty");
            }

            var head = -1;
            if (columns[6] != "_" && !int.TryParse(columns[6], NumberStyles.None, CultureInfo.InvariantCulture, out head))
            {
                throw new ConlluFormatException(lineNumber, $"HEAD '{columns[6]}' is not a number");
            }

            lines.Add(new ConlluWordLine(new ConlluWord
            {
                Id = wordId,
                Form = columns[1],
                Lemma = columns[2],
                Upos = columns[3],
                Xpos = columns[4],
                Feats = columns[5],
                Head = head,
                DepRel = columns[7],
                Deps = columns[8],
                Misc = columns[9],
                LineNumber = lineNumber,
            }));
        }

        if (lines.Count > 0)
        {
            yield return Finish(lines, first, lineNumber + 1);
        }
    }

    private static ConlluSentence Finish(List<ConlluLine> lines, int first, int endLine)
    {
        var sentence = new ConlluSentence(lines, first);
        foreach (var word in sentence.Words)
        {
            if (word.Head > sentence.Words.Count)
            {
                throw new ConlluFormatException(word.LineNumber, $"HEAD {word.Head} is beyond the sentence's {sentence.Words.Count} words");
            }
        }

        return sentence.Words.Count == 0 && lines.Any(l => l is not ConlluComment)
            ? throw new ConlluFormatException(endLine, "sentence block has token ranges or empty nodes but no words")
            : sentence;
    }

    private static bool IsRangeOrDecimal(string id)
    {
        var separator = id.IndexOfAny(['-', '.']);
        return separator > 0 && separator < id.Length - 1 &&
            int.TryParse(id.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out _) &&
            int.TryParse(id.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
