using NodaTime;

namespace ChildrensKpi;

/// <summary>Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
internal static class Easter
{
    /// <summary>Easter Sunday of <paramref name="year"/> in the Gregorian calendar (valid for any year after 1582).</summary>
    internal static LocalDate Sunday(int year)
    {
        int a = year % 19;                // position in the 19-year Metonic cycle
        int b = year / 100;               // century
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;             // lunar correction
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30; // days from 21 March to the Paschal full moon (epact)
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7; // days from the full moon to the following Sunday
        int m = (a + (11 * h) + (22 * l)) / 451;
        int n = h + l - (7 * m) + 114;
        return new LocalDate(year, n / 31, (n % 31) + 1);
    }
}
