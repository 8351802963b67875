using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.GazetteerCompiler;

/// <summary>One bracketed code of a petrarch2 actor entry: "[AFGGOV 011222-041207]" → code AFGGOV with its dates.</summary>
internal sealed record ActorCode(string Code, DateOnly? From, DateOnly? To, bool HasDates, bool DatesValid);

/// <summary>One entry of a petrarch2 .actors file: a header name, its '+' synonyms and its codes.</summary>
internal sealed record ActorBlock(string Name, IReadOnlyList<string> Synonyms, IReadOnlyList<ActorCode> Codes, string Comment, int Line);

/// <summary>
/// Parses the TABARI/petrarch2 actor dictionary format: a line starting in column one opens an entry (name, then
/// optional [codes]); '+NAME' lines add synonyms; indented lines add codes; '#' starts a comment. Names are upper
/// case with underscores.
/// </summary>
internal static partial class PetrarchSource
{
    public static List<ActorBlock> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CompilerException($"{path} is missing (expected a petrarch2 .actors file).");
        }

        var blocks = new List<ActorBlock>();
        string? name = null;
        var synonyms = new List<string>();
        var codes = new List<ActorCode>();
        var comment = "";
        var start = 0;
        var lineNumber = 0;

        void Flush()
        {
            if (name is not null)
            {
                blocks.Add(new ActorBlock(name, [.. synonyms], [.. codes], comment, start));
            }

            name = null;
            synonyms.Clear();
            codes.Clear();
            comment = "";
        }

        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var text = hash >= 0 ? raw[..hash] : raw;
            var lineComment = hash >= 0 ? raw[(hash + 1)..].Trim() : "";
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var bracket = text.IndexOf('[', StringComparison.Ordinal);
            var head = (bracket >= 0 ? text[..bracket] : text).TrimEnd();
            var lineCodes = ParseCodes(bracket >= 0 ? text[bracket..] : "");
            if (char.IsWhiteSpace(text[0]) && head.Trim().Length == 0)
            {
                codes.AddRange(lineCodes);
            }
            else if (text[0] == '+')
            {
                if (name is not null)
                {
                    synonyms.Add(head[1..].Trim());
                    codes.AddRange(lineCodes);
                }
            }
            else
            {
                Flush();
                name = head.Trim();
                codes.AddRange(lineCodes);
                comment = lineComment;
                start = lineNumber;
            }
        }

        Flush();
        return blocks;
    }

    private static List<ActorCode> ParseCodes(string text)
    {
        var codes = new List<ActorCode>();
        foreach (Match match in CodePattern().Matches(text))
        {
            var code = match.Groups["code"].Value;
            var dates = match.Groups["dates"].Value.Trim();
            if (dates.Length == 0)
            {
                codes.Add(new ActorCode(code, null, null, HasDates: false, DatesValid: true));
                continue;
            }

            DateOnly? from = null, to = null;
            var valid = true;
            if (dates.StartsWith('>'))
            {
                valid = TryDate(dates[1..], out from);
            }
            else if (dates.StartsWith('<'))
            {
                valid = TryDate(dates[1..], out to);
            }
            else
            {
                var dash = dates.IndexOf('-', StringComparison.Ordinal);
                valid = dash > 0 && TryDate(dates[..dash], out from) && TryDate(dates[(dash + 1)..], out to);
            }

            codes.Add(valid
                ? new ActorCode(code, from, to, HasDates: true, DatesValid: true)
                : new ActorCode(code, null, null, HasDates: true, DatesValid: false));
        }

        return codes;
    }

    /// <summary>YYMMDD (two-digit years below 30 are 20xx: the files date from 2014 and name leaders back to the
    /// 1920s with four-digit years) or YYYYMMDD.</summary>
    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        text = text.Trim();
        if (text.Length == 6 && int.TryParse(text[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            text = (yy < 30 ? "20" : "19") + text;
        }

        if (text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"\[(?<code>[A-Z-]{3,})(?<dates>[^\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
