using System.CommandLine;
using System.CommandLine.Parsing;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>Options shared by several verbs, and how they turn into configuration overrides.</summary>
internal sealed class CommonOptions
{
    public const string StoreKey = "Store:Path";

    public Option<string[]> Config { get; } = new("--config", "-c")
    {
        Description = "Override a configuration key, e.g. -c Pipeline:BatchSize=500 (repeatable; wins over appsettings.json and KG_* environment variables).",
        HelpName = "KEY=VALUE",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Store { get; } = new("--store")
    {
        Description = "The embedded SQLite store file (Store:Path; default knowledgegraph.db in the current directory).",
        HelpName = "FILE",
    };

    public CommonOptions()
    {
        Config.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!value.Contains('=', StringComparison.Ordinal) || value.StartsWith('='))
                {
                    result.AddError($"--config expects KEY=VALUE (e.g. Pipeline:BatchSize=500), got '{value}'.");
                }
            }
        });
    }

    /// <summary>
    /// Rejects a path that looks like an option: the parser gives a variadic path argument every token it does not know,
    /// so a mistyped option (<c>--jsno</c>) would otherwise be read as a missing file (exit 1) instead of a usage error.
    /// <c>-</c> (standard input) stays valid; a file whose name starts with '-' can be given as <c>./-name</c>.
    /// </summary>
    public static Argument<string[]> RejectingOptionLikeValues(Argument<string[]> paths)
    {
        paths.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value.StartsWith('-'))
                {
                    result.AddError($"Unrecognized command or argument '{value}' (a file whose name starts with '-' can be given as ./{value}).");
                }
            }
        });
        return paths;
    }

    /// <summary>The configuration overrides given on the command line, plus verb-specific ones.</summary>
    public Dictionary<string, string?> Overrides(ParseResult parse, params (string Key, string? Value)[] extra)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in parse.GetValue(Config) ?? [])
        {
            var separator = value.IndexOf('=', StringComparison.Ordinal);
            overrides[value[..separator].Trim().Replace("__", ":", StringComparison.Ordinal)] = value[(separator + 1)..];
        }

        if (parse.GetResult(Store) is not null && parse.GetValue(Store) is { } store)
        {
            overrides[StoreKey] = store;
        }

        foreach (var (key, value) in extra)
        {
            if (value is not null)
            {
                overrides[key] = value;
            }
        }

        return overrides;
    }
}
