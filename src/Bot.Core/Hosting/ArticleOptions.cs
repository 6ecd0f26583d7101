using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Hosting;

/// <summary>Which article to load (section "Article").</summary>
public sealed class ArticleOptions
{
    public const string SectionName = "Article";

    /// <summary>Path of the article file; relative paths are taken from the content root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Article:Path must name the article file to load.")]
    public string Path { get; set; } = string.Empty;

    /// <summary>Rebuild the facts when the file changes.</summary>
    public bool Watch { get; set; } = true;
}
