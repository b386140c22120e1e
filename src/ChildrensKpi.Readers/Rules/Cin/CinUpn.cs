namespace ChildrensKpi.Readers.Rules.Cin;

/// <summary>
/// The DfE's unique pupil number format (the "UPN" guidance of the school census): 13 characters, a check letter, a
/// three-digit LA number, eight digits (establishment number, year, serial), and a 13th character that is a digit, or a
/// letter for a temporary UPN. The check letter is the remainder mod 23 of the sum of characters 2 to 13 weighted 2 to
/// 13, as a letter of <see cref="Letters"/>; a letter in position 13 counts as its index in <see cref="Letters"/>.
/// </summary>
internal static class CinUpn
{
    /// <summary>The letters a UPN uses, I, O and S left out.</summary>
    public const string Letters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>Characters 5 to 12 are digits (1540). A UPN shorter than 12 characters breaks it.</summary>
    public static bool DigitsFiveToTwelve(string upn) => upn.Length >= 12 && upn.AsSpan(4, 8).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>Character 13 is a digit or a UPN letter (1550).</summary>
    public static bool ValidLast(string upn) => upn.Length == 13 && (char.IsAsciiDigit(upn[12]) || Letters.Contains(upn[12], StringComparison.Ordinal));

    /// <summary>The check letter of characters 2 to 13, or null when one of them is neither a digit nor a UPN letter in position 13.</summary>
    public static char? CheckLetter(string upn)
    {
        if (upn.Length != 13)
        {
            return null;
        }
        int sum = 0;
        for (int i = 1; i < 13; i++)
        {
            char c = upn[i];
            int value = char.IsAsciiDigit(c) ? c - '0' : i == 12 ? Letters.IndexOf(c, StringComparison.Ordinal) : -1;
            if (value < 0)
            {
                return null;
            }
            sum += value * (i + 1);
        }
        return Letters[sum % 23];
    }

    /// <summary>The whole format: 13 characters, a UPN letter first, digits 2 to 12, a digit or UPN letter last (1560Q's "wrongly formatted").</summary>
    public static bool WellFormed(string upn) =>
        upn.Length == 13 && Letters.Contains(upn[0], StringComparison.Ordinal)
        && upn.AsSpan(1, 11).IndexOfAnyExceptInRange('0', '9') < 0 && ValidLast(upn);
}
