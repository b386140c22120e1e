namespace ChildrensKpi;

/// <summary>Classifications of <see cref="CareLeaverActivity"/>.</summary>
public static class CareLeaverActivityExtensions
{
    /// <summary>Whether the activity is education, employment or training (F1–F5, P1–P5).</summary>
    public static bool IsEducationEmploymentOrTraining(this CareLeaverActivity activity) =>
        activity is >= CareLeaverActivity.F1 and <= CareLeaverActivity.P5;
}
