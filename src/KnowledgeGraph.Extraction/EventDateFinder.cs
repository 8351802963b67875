using System.Globalization;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Finds calendar dates in a sentence: absolute ("8 January 2020", "January 2, 2020", "Jan. 3"), and relative to
/// the publication date ("yesterday", "on Tuesday"). Dates without a year take the publication year (or the year
/// before, when that would put them after publication); relative dates need a publication date.
/// </summary>
internal static class EventDateFinder
{
    public static void Find(ArticleDocument document, Sentence sentence, List<(int Token, DateOnly Date)> dates)
    {
        dates.Clear();
        var tokens = document.Tokens;
        var published = document.Article.Published;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            var text = token.Text;
            if (token.Kind == TokenKind.Number && TryDay(text, out var day) && i + 1 < sentence.EndToken && TryMonth(tokens[i + 1].Text, out var month))
            {
                var year = i + 2 < sentence.EndToken ? TryYear(tokens[i + 2]) : null;
                Add(dates, i, year, month, day, published);
                continue;
            }

            if (TryMonth(text, out month) && i + 1 < sentence.EndToken && TryDay(tokens[i + 1].Text, out day))
            {
                int? year = null;
                if (i + 3 < sentence.EndToken && tokens[i + 2].Text == ",")
                {
                    year = TryYear(tokens[i + 3]);
                }
                else if (i + 2 < sentence.EndToken)
                {
                    year = TryYear(tokens[i + 2]);
                }

                Add(dates, i, year, month, day, published);
                continue;
            }

            if (published is not { } reference)
            {
                continue;
            }

            if (text is "yesterday" or "Yesterday")
            {
                dates.Add((i, reference.AddDays(-1)));
            }
            else if (text is "today" or "Today" or "tonight" or "Tonight")
            {
                dates.Add((i, reference));
            }
            else if (Lexicon.Weekdays.Contains(text))
            {
                var target = Enum.Parse<DayOfWeek>(text);
                var back = ((int)reference.DayOfWeek - (int)target + 7) % 7;
                var previous = i > sentence.FirstToken ? tokens[i - 1].Text : "";
                if (previous is "last" or "Last" && back == 0)
                {
                    back = 7;
                }

                if (previous is "next" or "Next" || (i + 1 < sentence.EndToken && tokens[i + 1].Text is "next"))
                {
                    continue;
                }

                dates.Add((i, reference.AddDays(-back)));
            }
        }
    }

    /// <summary>The date nearest to the trigger token, or null.</summary>
    public static DateOnly? Nearest(List<(int Token, DateOnly Date)> dates, int trigger)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (token, date) in dates)
        {
            // A date after the trigger usually dates it ("the killing of X on 2 January"); one before may date an
            // earlier event of the same sentence.
            var distance = token > trigger ? (token - trigger) : 2 * (trigger - token) + 1;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = date;
            }
        }

        return best;
    }

    private static void Add(List<(int Token, DateOnly Date)> dates, int token, int? year, int month, int day, DateOnly? published)
    {
        if (year is null)
        {
            if (published is not { } reference)
            {
                return;
            }

            year = reference.Year;
            if (day <= DateTime.DaysInMonth(reference.Year, month) && new DateOnly(reference.Year, month, day) > reference.AddDays(2))
            {
                year--;
            }
        }

        if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year.Value, month))
        {
            return;
        }

        dates.Add((token, new DateOnly(year.Value, month, day)));
    }

    private static bool TryDay(string text, out int day)
    {
        var digits = text.AsSpan();
        if (digits.Length > 2 && (text.EndsWith("st", StringComparison.Ordinal) || text.EndsWith("nd", StringComparison.Ordinal) || text.EndsWith("rd", StringComparison.Ordinal) || text.EndsWith("th", StringComparison.Ordinal)))
        {
            digits = digits[..^2];
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    private static int? TryYear(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
            ? year
            : null;

    private static bool TryMonth(string text, out int month)
    {
        month = text.TrimEnd('.') switch
        {
            "January" or "Jan" => 1,
            "February" or "Feb" => 2,
            "March" or "Mar" => 3,
            "April" or "Apr" => 4,
            "May" => 5,
            "June" or "Jun" => 6,
            "July" or "Jul" => 7,
            "August" or "Aug" => 8,
            "September" or "Sep" or "Sept" => 9,
            "October" or "Oct" => 10,
            "November" or "Nov" => 11,
            "December" or "Dec" => 12,
            _ => 0,
        };
        return month > 0;
    }
}
