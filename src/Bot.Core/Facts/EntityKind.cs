namespace Bot.Core.Facts;

public enum EntityKind
{
    Person,
    Organization,
    Place,
    Group,

    /// <summary>An app, service, device or other made thing ("a smartphone app made by the city").</summary>
    Product,

    /// <summary>A name the article gives no evidence about: a lone capitalised word is as often a product as a company.</summary>
    Unknown,
}
