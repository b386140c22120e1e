namespace ChildrensKpi;

/// <summary>Assessments as columns for the headline engine: type as a byte, dates as day numbers (<see cref="DayNumbers.None"/> when absent).</summary>
internal sealed class ChildrenInNeedColumns
{
    public ChildrenInNeedColumns(int count)
    {
        Count = count;
        Type = new byte[count];
        Referral = new int[count];
        Start = new int[count];
        Authorised = new int[count];
    }

    public int Count { get; }

    public byte[] Type { get; }

    public int[] Referral { get; }

    public int[] Start { get; }

    public int[] Authorised { get; }

    public static ChildrenInNeedColumns From(ChildrenInNeedData data)
    {
        var columns = new ChildrenInNeedColumns(data.Assessments.Length);
        for (int i = 0; i < columns.Count; i++)
        {
            var a = data.Assessments[i];
            columns.Type[i] = (byte)a.Type;
            columns.Referral[i] = DayNumbers.Of(a.ReferralDate);
            columns.Start[i] = DayNumbers.Of(a.StartDate, DayNumbers.None);
            columns.Authorised[i] = DayNumbers.Of(a.AuthorisationDate, DayNumbers.None);
        }
        return columns;
    }
}
