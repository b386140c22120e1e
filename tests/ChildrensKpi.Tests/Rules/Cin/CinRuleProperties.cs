using ChildrensKpi.Readers.Rules.Cin;
using ChildrensKpi.Tests.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static ChildrensKpi.Tests.Rules.Cin.CinFixture;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>What must hold of the CIN rules for any input.</summary>
[Properties(Arbitrary = [typeof(CalendarArbitraries)], MaxTest = 100)]
public class CinRuleProperties
{
    /// <summary>
    /// The UPN check letter catches every single wrong digit: changing one of characters 2–12 by δ (1 to 9) changes the
    /// weighted sum by w·δ with w from 2 to 12, never a multiple of the prime 23, so the letter changes and 1510 flags it.
    /// </summary>
    [Property]
    public bool CheckLetter_OneDigitChanged_Changes(long seed, int position, int delta)
    {
        string digits = (Math.Abs(seed % 100_000_000_000L) + 100_000_000_000L).ToString(System.Globalization.CultureInfo.InvariantCulture)[1..] + "7";
        int at = 1 + Math.Abs(position % 11);
        int d = 1 + Math.Abs(delta % 9);
        string upn = "A" + digits;
        var changed = upn.ToCharArray();
        changed[at] = (char)('0' + (changed[at] - '0' + d) % 10);
        return CinUpn.CheckLetter(upn) != CinUpn.CheckLetter(new string(changed));
    }

    /// <summary>
    /// 8620 flags a closure date exactly when it is outside the census year: after the reference date, or on or before
    /// the same day a year earlier (LocalDate arithmetic, independent of the day numbers the rule uses).
    /// </summary>
    [Property]
    public bool Rule8620_AnyClosureDate_IsFlaggedExactlyOutsideTheYear(LocalDate reference, LocalDate closure)
    {
        bool inYear = closure > reference.PlusYears(-1) && closure <= reference;
        var flagged = FlaggedOn("8620", NodaTime.Text.LocalDatePattern.Iso.Format(reference),
            Born + $"<CINdetails><CINclosureDate>{NodaTime.Text.LocalDatePattern.Iso.Format(closure)}</CINclosureDate></CINdetails>");
        return flagged.Length == (inYear ? 0 : 1);
    }

    /// <summary>Whether two child protection plans overlap (8940) does not depend on the order they are written in.</summary>
    [Property]
    public bool Rule8940_TwoPlans_FlagTheSameWhicheverComesFirst(LocalDate start1, int length1, LocalDate start2, int length2)
    {
        string Plan(LocalDate start, int length) =>
            $"<ChildProtectionPlans><CPPstartDate>{NodaTime.Text.LocalDatePattern.Iso.Format(start)}</CPPstartDate>"
            + (length % 4 == 0 ? "" : $"<CPPendDate>{NodaTime.Text.LocalDatePattern.Iso.Format(start.PlusDays(Math.Abs(length % 400)))}</CPPendDate>")
            + "</ChildProtectionPlans>";
        int one = Flagged("8940", Born + "<CINdetails>" + Plan(start1, length1) + Plan(start2, length2) + "</CINdetails>").Length;
        int other = Flagged("8940", Born + "<CINdetails>" + Plan(start2, length2) + Plan(start1, length1) + "</CINdetails>").Length;
        return one == other && one is 0 or 2;
    }
}
