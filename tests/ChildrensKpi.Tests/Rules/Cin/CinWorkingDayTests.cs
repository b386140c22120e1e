using System.Globalization;
using ChildrensKpi.Tests.Fixtures;
using NodaTime;

namespace ChildrensKpi.Tests.Rules.Cin;

/// <summary>
/// ChildrensKpi's England and Wales bank holidays (the CIN working-day rules' calendar) against the councils'
/// validator's fixed list for 2022–2027 (<c>../shared/reference/cin_peer_england_bank_holidays.txt</c>).
/// </summary>
public class CinWorkingDayTests
{
    [SharedDataFact]
    public void BankHolidays2022To2027_AgreeWithThePeersFixedList()
    {
        var peer = File.ReadAllLines(SharedData.Path("reference", "cin_peer_england_bank_holidays.txt"))
            .Where(l => l.Length == 10)
            .Select(l => LocalDate.FromDateTime(DateTime.ParseExact(l, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToHashSet();
        var ours = Enumerable.Range(2022, 6).SelectMany(y => BankHolidays.InYear(y)).ToHashSet();

        Assert.Empty(ours.Except(peer));
        Assert.Empty(peer.Except(ours));
    }
}
