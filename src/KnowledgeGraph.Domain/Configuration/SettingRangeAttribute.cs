using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace KnowledgeGraph.Domain.Configuration;

/// <summary>
/// <see cref="RangeAttribute"/> for an options property, whose failure names the full configuration key and the value
/// given ("Pipeline:BatchSize must be between 1 and 100000, not 0."), so an operator knows what to change and where.
/// (The options validator source generator replaces a plain <c>[Range]</c> with its own copy, which ignores
/// <c>ErrorMessage</c>; a derived attribute is used as it is.)
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class SettingRangeAttribute : RangeAttribute
{
    public SettingRangeAttribute(string key, int minimum, int maximum)
        : base(minimum, maximum)
    {
        Key = key;
    }

    public SettingRangeAttribute(string key, double minimum, double maximum)
        : base(minimum, maximum)
    {
        Key = key;
    }

    /// <summary>For <see cref="TimeSpan"/> and <see cref="long"/> bounds, written invariantly ("00:00:00.250", "1024").</summary>
    public SettingRangeAttribute(string key, Type type, string minimum, string maximum)
        : base(type, minimum, maximum)
    {
        Key = key;
        ParseLimitsInInvariantCulture = true;
        ConvertValueInInvariantCulture = true;
    }

    /// <summary>The full configuration key, e.g. <c>Pipeline:BatchSize</c>.</summary>
    public string Key { get; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (IsValid(value))
        {
            return ValidationResult.Success;
        }

        var unbounded = Convert.ToString(Maximum, CultureInfo.InvariantCulture) is "2147483647" or "9223372036854775807";
        var bounds = unbounded
            ? string.Create(CultureInfo.InvariantCulture, $"at least {Minimum}")
            : string.Create(CultureInfo.InvariantCulture, $"between {Minimum} and {Maximum}");
        return new ValidationResult(string.Create(CultureInfo.InvariantCulture, $"{Key} must be {bounds}, not {value}."));
    }
}
