using System.CommandLine;
using KnowledgeGraph.Language;
using KnowledgeGraph.Language.Conllu;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Runs the language backbone over a CoNLL-U file, so anyone can score it on any treebank with the standard CoNLL-U
/// evaluation: sentences, comments, IDs, forms, multiword-token lines and empty nodes pass through; LEMMA, UPOS, XPOS,
/// HEAD and DEPREL are the tagger's, lemmatiser's and parser's predictions. Streams one sentence at a time. Needs no
/// store and no configuration.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var conllu = new Option<string>("--conllu")
        {
            Description = "The CoNLL-U file to parse ('-' reads standard input); the annotated CoNLL-U goes to standard output.",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("parse", "Tag, lemmatise and parse CoNLL-U with the built-in models: LEMMA, UPOS, XPOS, HEAD and DEPREL are filled with predictions, everything else passes through. Exits 1 on a missing file or malformed CoNLL-U (naming the line), after writing the sentences before it.")
        {
            conllu,
        };
        command.SetAction((parse, cancellationToken) => ParseAsync(parse.GetValue(conllu)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> ParseAsync(string path, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var name = path == "-" ? "stdin" : path;
        if (path != "-" && !File.Exists(path))
        {
            await error.WriteLineAsync(Directory.Exists(path) ? $"error: {path}: is a folder, not a CoNLL-U file" : $"error: {path}: file not found");
            return ExitCodes.Failed;
        }

        using var input = path == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(path);
        var analyzer = LanguageAnalyzer.Default;
        try
        {
            foreach (var sentence in ConlluReader.Read(input))
            {
                cancellationToken.ThrowIfCancellationRequested();
                analyzer.Annotate(sentence);
                ConlluWriter.Write(output, sentence);
            }
        }
        catch (ConlluFormatException ex)
        {
            await output.FlushAsync(cancellationToken);
            await error.WriteLineAsync($"error: {name}: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled");
            return ExitCodes.Cancelled;
        }

        await output.FlushAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
