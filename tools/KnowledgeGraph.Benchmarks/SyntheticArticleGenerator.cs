using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Deterministic international-news-style articles (3–5 KB) composed from our own sentence templates with varied
/// people, countries, organisations, bases and verbs, for throughput and memory measurements. Article <c>i</c>
/// depends only on the seed and <c>i</c>, so any range can be regenerated without holding the others.
/// </summary>
public sealed class SyntheticArticleGenerator(int seed)
{
    private static readonly string[] GivenNames =
    [
        "Amara", "Bastian", "Corvin", "Dalia", "Emeric", "Farida", "Gideon", "Halvard", "Ilona", "Jarek", "Katya", "Lucan",
        "Mireille", "Nikolai", "Odile", "Piotr", "Quintus", "Rosalind", "Severin", "Tamsin", "Ulrich", "Valeria", "Wendel", "Yusra",
    ];

    private static readonly string[] FamilyNames =
    [
        "Achterberg", "Brennick", "Castellane", "Dunmore", "Esterhazy", "Falkenrath", "Greywell", "Halloran", "Ivashin", "Jorvik",
        "Kestrelli", "Lindqvist", "Marchetti", "Norrland", "Okonkwo-Reyes", "Pellegrin", "Quarrington", "Rasmuth", "Stavros", "Tolbeck",
    ];

    private static readonly string[] Roles =
    [
        "President", "Prime Minister", "Foreign Minister", "Defence Minister", "General", "Ambassador", "Chancellor",
    ];

    private static readonly string[] Countries =
    [
        "France", "Germany", "Japan", "Brazil", "India", "Canada", "Egypt", "Turkey", "Poland", "Kenya", "Mexico", "Norway",
        "Indonesia", "Argentina", "Vietnam", "Nigeria", "Spain", "Italy", "Australia", "South Korea",
    ];

    private static readonly string[] Organisations =
    [
        "the United Nations", "the European Union", "NATO", "the African Union", "the Red Cross", "the World Health Organization",
    ];

    private static readonly string[] Bases =
    [
        "Camp Harrow", "Fort Kestrel", "Redmere Air Base", "Port Valen Naval Base", "Camp Aldous", "Stonebridge Air Base",
    ];

    private static readonly string[] Cities =
    [
        "Geneva", "Vienna", "Nairobi", "Oslo", "Jakarta", "Lisbon", "Montreal", "Cairo", "Seoul", "Lima",
    ];

    private static readonly string[] Topics =
    [
        "a ceasefire along the disputed border", "grain shipments through the strait", "the release of detained journalists",
        "a new round of trade talks", "the reconstruction of damaged power plants", "access for humanitarian convoys",
    ];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Fillers =
    [
        "Analysts said the talks were unlikely to produce a breakthrough before the end of the year.",
        "Markets in the region were calm, with the main index closing slightly higher on the day.",
        "Diplomats who asked not to be named said several drafts of a joint statement had been circulated.",
        "The meeting took place behind closed doors and no journalists were allowed into the building.",
        "Residents near the border described hearing explosions for several hours during the night.",
        "Aid agencies warned that fuel shortages were making it harder to keep hospitals running.",
        "Officials declined to give further details, citing the sensitivity of the negotiations.",
        "The statement did not say when the next round of discussions would take place.",
    ];

    public Article Create(int index)
    {
        // Not HashCode.Combine: it is randomised per process, which made runs with the same seed differ.
        var random = new Random(unchecked((seed * 1_000_003) ^ index));
        var published = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 730));
        var targetLength = random.Next(3_000, 5_000);
        var text = new StringBuilder(targetLength + 400);
        var country = Pick(random, Countries);
        var rival = PickOther(random, Countries, country);
        var person = Person(random);
        var counterpart = Person(random);
        var title = string.Create(CultureInfo.InvariantCulture, $"{country} and {rival} trade accusations as talks on {Pick(random, Topics)} stall");

        while (text.Length < targetLength)
        {
            var paragraph = random.Next(0, 9) switch
            {
                0 => $"{person.Title} {person.Name} of {country} met {counterpart.Title} {counterpart.Name} of {rival} in {Pick(random, Cities)} on {Pick(random, Weekdays)} to discuss {Pick(random, Topics)}.",
                1 => $"{country} condemned the attack on {Pick(random, Bases)}, which officials said had been carried out by forces loyal to {rival}.",
                2 => $"Officials in {country} said {rival} had attacked positions near the border overnight, killing at least {random.Next(2, 40)} soldiers.",
                3 => $"{Pick(random, Organisations)} said on {Pick(random, Weekdays)} that it would sanction {random.Next(3, 30)} companies linked to the government of {rival}.",
                4 => $"{person.Title} {person.Name} threatened to expel the ambassador of {rival} if the shelling continued.",
                5 => $"{country} did not announce any military action, and a spokesman said the government still hoped for a negotiated settlement.",
                6 => $"{rival} claimed that {country} was planning attacks on its territory, an accusation that officials in {country} rejected.",
                7 => $"{counterpart.Title} {counterpart.Name} told reporters in {Pick(random, Cities)} that {rival} wanted {Pick(random, Topics)} to be settled before winter.",
                _ => Pick(random, Fillers),
            };
            text.Append(paragraph).Append(' ').Append(Pick(random, Fillers));
            text.Append(random.Next(0, 3) == 0 ? "\n\n" : " ");
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"bench-{seed}-{index:D7}");
        return new Article
        {
            Id = id,
            Title = title,
            Text = text.ToString(),
            Published = published,
            Source = "synthetic",
            Origin = "bench:" + id,
        };
    }

    private static (string Title, string Name) Person(Random random) =>
        (Pick(random, Roles), Pick(random, GivenNames) + " " + Pick(random, FamilyNames));

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string PickOther(Random random, string[] values, string not)
    {
        string value;
        do
        {
            value = Pick(random, values);
        }
        while (value == not);
        return value;
    }
}
