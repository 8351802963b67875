using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>Limits for reading articles (configuration section <c>Input</c>).</summary>
public sealed class InputOptions
{
    public const string SectionName = "Input";

    /// <summary>Configuration key named in error messages so an operator knows what to raise.</summary>
    public const string MaxArticleBytesKey = SectionName + ":" + nameof(MaxArticleBytes);

    public const int DefaultMaxArticleBytes = 2 * 1024 * 1024;

    /// <summary>
    /// Largest single article in bytes: a text/HTML file, a JSON Lines line, a JSON record. Bounds memory per article;
    /// a JSON Lines file as a whole may be larger.
    /// </summary>
    [SettingRange(MaxArticleBytesKey, 1, int.MaxValue)]
    public int MaxArticleBytes { get; set; } = DefaultMaxArticleBytes;
}

/// <summary>Source-generated validation of <see cref="InputOptions"/>' annotations.</summary>
[OptionsValidator]
public sealed partial class InputOptionsValidator : IValidateOptions<InputOptions>;
