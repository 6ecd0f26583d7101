namespace Bot.Core.Facts;

public enum DatePrecision
{
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
    Decade,
    Unknown,
}
