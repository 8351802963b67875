using KnowledgeGraph.Domain.Text;

namespace KnowledgeGraph.Domain.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("BatchSize", "BatchSize", 0)]
    [InlineData("BatchSiz", "BatchSize", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("Kyiv", "Kiev", 2)]
    public void Levenshtein_Pairs_FewestSingleCharacterEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Levenshtein(a, b));
        Assert.Equal(expected, EditDistance.Levenshtein(b, a));
    }
}
