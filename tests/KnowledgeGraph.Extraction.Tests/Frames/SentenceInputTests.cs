using KnowledgeGraph.Extraction.Frames;

namespace KnowledgeGraph.Extraction.Tests.Frames;

/// <summary>The parsed text with names of several words as one word, and its offsets back to the sentence.</summary>
public sealed class SentenceInputTests
{
    // "Prime Minister Anna Berg met Tomas Lind in Niamey."
    //  0              15   20  24  28    34   39 42
    private const string Sentence = "Prime Minister Anna Berg met Tomas Lind in Niamey.";

    private static SentenceInput Collapsed() =>
        SentenceInput.Collapse(Sentence, skip: 0, [new CollapsedName(0, 24, "Berg"), new CollapsedName(29, 39, "Lind")]);

    [Fact]
    public void Collapse_TwoNames_ReplacesEachByItsWord()
    {
        Assert.Equal("Berg met Lind in Niamey.", Collapsed().Text);
        Assert.Equal(Sentence, Collapsed().Original);
    }

    [Fact]
    public void CollapsedAt_OffsetInsideAName_IsThatNamesWord()
    {
        var input = Collapsed();

        Assert.Equal(new CollapsedWord(0, 4), input.CollapsedAt(15));
        Assert.Equal(new CollapsedWord(9, 13), input.CollapsedAt(29));
        Assert.Null(input.CollapsedAt(25));
    }

    [Theory]
    [InlineData(25, 5)] // "met"
    [InlineData(40, 14)] // "in"
    [InlineData(43, 17)] // "Niamey"
    public void ReducedOffset_OffsetOutsideNames_ShiftsByWhatTheNamesBeforeLost(int original, int reduced)
    {
        var input = Collapsed();

        Assert.Equal(reduced, input.ReducedOffset(original));
        Assert.Equal(original, input.OriginalOffset(reduced));
    }

    [Fact]
    public void OriginalOffset_InsideACollapsedWord_IsTheNamesStart()
    {
        Assert.Equal(29, Collapsed().OriginalOffset(11));
    }

    [Fact]
    public void Constructor_NoNames_MapsOffsetsToThemselves()
    {
        var input = new SentenceInput(Sentence, Sentence, skip: 3, collapsed: null);

        Assert.Equal(Sentence, input.Text);
        Assert.Equal(Sentence, input.Original);
        Assert.Equal(3, input.Skip);
        Assert.Equal(17, input.ReducedOffset(17));
        Assert.Equal(17, input.OriginalOffset(17));
    }
}
