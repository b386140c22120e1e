using System.Collections.Immutable;

namespace ChildrensKpi.Synthetic;

/// <summary>
/// Generates synthetic SSDA903 and children in need data — no real person's data — deterministically from a seed:
/// as records (<see cref="Generate"/>) or as the files councils return (<see cref="Write"/>).
/// </summary>
/// <remarks>
/// <para>Looked-after children (<c>C0000001</c>…) have one to three periods of care, beginning up to three years before
/// the first year (so some histories begin part way through a period), each of one placement or more (a tail of many);
/// legal status changes (L), moves (P, B), same-carer moves (T, U) to placements for adoption; about 5% have only
/// short breaks (V3/V4). Care ends at 18 at the latest; most young people looked after at 16 have an OC3 row in the
/// year of their 19th birthday.</para>
/// <para>Children in need (<c>N0000001</c>…) have one referral or more (repeat referrals, some within twelve months);
/// referrals before 1 April 2013 have an initial assessment and often a core one, later referrals a single assessment;
/// some lead to a section 47 enquiry, a conference and a protection plan (repeat plans counted). Dates fall on any day,
/// so bank holidays fall inside assessment timescales.</para>
/// </remarks>
public static class SyntheticData
{
    /// <summary>Generates the records for <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static SyntheticDataSet Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var records = SyntheticRecords.Generate(options);
        return new SyntheticDataSet(
            new LookedAfterData(records.Episodes, records.Headers, records.CareLeavers),
            new ChildrenInNeedData(records.Referrals, records.Assessments, records.Enquiries, records.Plans, records.ChildrenInNeed),
            [.. options.ReportingYears()]);
    }

    /// <summary>
    /// Writes the records for <paramref name="options"/> under <paramref name="folder"/>, one set of files per reporting
    /// year (<c>2015-16</c>): <c>ssda903/episodes_2015-16.csv</c>, <c>header_…</c> and <c>oc3_…</c>; the census as XML,
    /// <c>cin/xml/census_2015-16.xml</c> (single assessments only: the XML has no assessment type); and the same census as
    /// flat tables, <c>cin/flat/referrals_2015-16.csv</c> and so on (with initial and core assessments). Read
    /// <c>ssda903</c> and one of <c>cin/xml</c> or <c>cin/flat</c>; reading both census forms together counts referrals twice.
    /// </summary>
    /// <remarks>
    /// As councils return them, an episode open at a year's end is in both years' Episodes files, with DEC and REC empty
    /// in the earlier; a child's Header row is in every year they have an episode in. Identical options give identical bytes.
    /// </remarks>
    /// <returns>The files written, relative to <paramref name="folder"/>, with <c>/</c> separators.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null, empty or white space.</exception>
    public static ImmutableArray<string> Write(SyntheticOptions options, string folder)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var records = SyntheticRecords.Generate(options);
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var year in options.ReportingYears())
        {
            written.AddRange(Ssda903Files.Write(records, year, folder));
            written.AddRange(CinFiles.Write(records, year, folder));
        }
        return written.ToImmutable();
    }
}
