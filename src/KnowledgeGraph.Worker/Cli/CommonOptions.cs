using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

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

    /// <summary>
    /// A whole-number option parsed and range-checked in one place, so that every numeric option of every verb reports
    /// a value that is not a number, too large or below <paramref name="minimum"/> as a parse error (exit 2 with the
    /// help). A validator reading the value instead would throw when the conversion had failed (an unhandled exception).
    /// </summary>
    public static Option<int> WholeNumber(string name, string description, int defaultValue, int minimum = int.MinValue, params string[] aliases)
    {
        var option = new Option<int>(name, aliases)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
        };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaultValue;
            }

            var token = result.Tokens[^1].Value;
            if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                result.AddError($"{name} expects a whole number, got '{token}'.");
                return defaultValue;
            }

            if (value < minimum || value > int.MaxValue)
            {
                result.AddError(minimum == int.MinValue
                    ? string.Create(CultureInfo.InvariantCulture, $"{name} must be at most {int.MaxValue}, got {token}.")
                    : string.Create(CultureInfo.InvariantCulture, $"{name} must be between {minimum} and {int.MaxValue}, got {token}."));
                return defaultValue;
            }

            return (int)value;
        };
        return option;
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
