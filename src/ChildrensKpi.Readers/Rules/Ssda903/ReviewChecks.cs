namespace ChildrensKpi.Readers.Rules.Ssda903;

/// <summary>The rules that a review's participation code (PN0: the child was under 4) agrees with the child's age at the review (the Reviews row's own DOB).</summary>
internal static class ReviewChecks
{
    private static RowCheck Review(string code, Func<string?, bool, bool> breaks) =>
        new(code, "Reviews", (tables, _) =>
        {
            var dob = tables.Reviews.Column("DOB").Days;
            var review = tables.Reviews.Column("REVIEW").Days;
            var participation = tables.Reviews.Column("REVIEW_CODE");
            return i => Ssda903Dates.IsDate(dob[i]) && Ssda903Dates.IsDate(review[i])
                && breaks(participation[i], Ssda903Dates.AddYears(dob[i], 4) <= review[i]);
        });

    /// <summary>Every check of this family.</summary>
    public static IEnumerable<Ssda903Check> All { get; } =
    [
        // 440: PN0 (under 4) at a review on or after the 4th birthday (the child "was 4 years old or over").
        Review("440", (code, fourOrOver) => code == "PN0" && fourOrOver),
        // 441: PN1-PN7 (4 or over) at a review before the 4th birthday.
        Review("441", (code, fourOrOver) => code is "PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6" or "PN7" && !fourOrOver),
    ];
}
