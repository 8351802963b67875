using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Gazetteers;
using static KnowledgeGraph.Extraction.Tests.ExtractionTestHelpers;

namespace KnowledgeGraph.Extraction.Tests.Gazetteers;

/// <summary>
/// A lone surname the article never expands is a person when the actor dictionary knows it as a leader's safe surname,
/// under the leader's full name. The entries are taken from the compiled gazetteer, so no name is written here.
/// </summary>
public sealed class KnownLeaderTests
{
    [Fact]
    public void Extract_LoneSafeSurnameOfKnownLeader_PersonUnderFullName()
    {
        var leader = ActorGazetteer.Shared.People.First(p => p.Surname is { Length: > 5 } surname
            && p.Name.EndsWith(" " + surname, StringComparison.Ordinal) && surname.All(char.IsLetter));

        var graph = Extract($"Report\n\nOn Monday {leader.Surname} condemned Norway in a speech.");

        Assert.True(graph.HasEntity(Person(leader.Name)), graph.Describe());
        Assert.False(graph.HasEntity(Person(leader.Surname!)), graph.Describe());
    }

    [Fact]
    public void Extract_LoneCapitalisedWordUnknownToTheDictionary_NoPerson()
    {
        var graph = Extract("Report\n\nOn Monday Zorblatt condemned Norway in a speech.");

        Assert.DoesNotContain(graph.Entities, e => e.Entity.Label == EntityLabel.Person);
    }
}
