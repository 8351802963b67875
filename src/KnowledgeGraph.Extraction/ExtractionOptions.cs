using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Extraction;

/// <summary>Extraction settings, bound from the <c>Extraction</c> configuration section.</summary>
public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    /// <summary>Which relation recogniser runs: <see cref="RelationEngine.Frames"/> or <see cref="RelationEngine.Patterns"/>.</summary>
    [EnumDataType(typeof(RelationEngine))]
    public RelationEngine Relations { get; set; } = RelationEngine.Patterns;
}

[OptionsValidator]
public sealed partial class ExtractionOptionsValidator : IValidateOptions<ExtractionOptions>;
