using ChildrensKpi.Readers.Rules;
using ChildrensKpi.Readers.Rules.Ssda903;
using Xunit;
using static ChildrensKpi.Tests.Rules.Ssda903.Ssda903RuleFixture;

namespace ChildrensKpi.Tests.Rules.Ssda903;

/// <summary>
/// One hand-worked fixture per implemented SSDA903 rule: a row that breaks it and the boundary row that does not. The
/// working is beside each case; the expected locators are the breaking rows' (line 1 is the header, so the first row is
/// line 2).
/// </summary>
public sealed class Ssda903RuleTests
{
    // "A code must be valid in its year": row 2 has a code no year lists, row 3 a code of the year's list, row 4 is
    // blank (flagged only where the rule requires the item).
    [Theory]
    [InlineData("101", "Header", "SEX", "1", "M", true, 2025)]          // SEX 1/2 ended in 2024-25: M/F/U
    [InlineData("101", "Header", "SEX", "M", "1", true, 2023)]          // and before 2024-25 M is not a code
    [InlineData("103", "Header", "ETHNIC", "XXXX", "WBRI", true, 2025)]
    [InlineData("114", "AD1", "FOSTER_CARE", "2", "1", false, 2025)]
    [InlineData("120", "PlacedAdoption", "REASON_PLACED_CEASED", "XXX", "RD1", false, 2025)]
    [InlineData("131", "OC3", "IN_TOUCH", "MAYBE", "YES", false, 2025)]
    [InlineData("132", "OC3", "ACTIV", "F3", "F1", false, 2025)]        // F3 ended in 2021-22
    [InlineData("133", "OC3", "ACCOM", "Q9", "S1", false, 2025)]
    [InlineData("143", "Episodes", "RNE", "X", "S", true, 2025)]
    [InlineData("144", "Episodes", "LS", "C3", "C2", true, 2025)]
    [InlineData("145", "Episodes", "CIN", "N9", "N1", true, 2025)]
    [InlineData("146", "Episodes", "PLACE", "H5", "U1", true, 2024)]   // H5 ended in 2024-25
    [InlineData("146", "Episodes", "PLACE", "Z11", "H5", true, 2023)]  // Z11 begins in 2025-26
    [InlineData("149", "Episodes", "REC", "E99", "E11", false, 2025)]
    [InlineData("167", "Reviews", "REVIEW_CODE", "PN8", "PN0", true, 2025)]
    [InlineData("176", "AD1", "SEX_ADOPTR", "M2", "MF", false, 2025)]
    [InlineData("177", "AD1", "LS_ADOPTR", "L5", "L11", false, 2025)]
    [InlineData("196", "OC2", "SDQ_REASON", "SDQ6", "SDQ1", false, 2025)]
    [InlineData("631", "PrevPerm", "PREV_PERM", "P5", "Z1", false, 2025)]
    [InlineData("1006", "Missing", "MISSING", "X", "M", false, 2025)]
    [InlineData("1009", "Episodes", "REASON_PLACE_CHANGE", "BORED", "CLOSE", false, 2025)]
    [InlineData("SW13STG1", "SWEpisodes", "SW_REASON", "SWLAZY", "MANAGE", false, 2025)]
    public void A_code_must_be_valid_in_its_year(string code, string table, string column, string invalid, string valid, bool blankBreaks, int year)
    {
        var flagged = Flagged(code, year, Column(table, column, invalid, valid, ""));

        string file = Column(table, column).Item1;
        Assert.Equal(blankBreaks ? [$"{file}:2", $"{file}:4"] : new[] { $"{file}:2" }, flagged);
    }

    // "A date must be a date": 31/02/2020 is no day, 29/02/2020 is (2020 is a leap year); a blank is flagged only where
    // the date is required.
    [Theory]
    [InlineData("102", "Header", "DOB", true)]
    [InlineData("112", "AD1", "DATE_INT", false)]
    [InlineData("113", "AD1", "DATE_MATCH", false)]
    [InlineData("115", "PlacedAdoption", "DATE_PLACED", false)]
    [InlineData("116", "PlacedAdoption", "DATE_PLACED_CEASED", false)]
    [InlineData("141", "Episodes", "DECOM", true)]
    [InlineData("147", "Episodes", "DEC", false)]
    [InlineData("166", "Reviews", "REVIEW", true)]
    [InlineData("171", "Header", "MC_DOB", false)]
    [InlineData("1004", "Missing", "MIS_START", false)]
    [InlineData("1005", "Missing", "MIS_END", false)]
    [InlineData("SW04STG1", "SWEpisodes", "SW_DECOM", false)]
    [InlineData("SW05STG1", "SWEpisodes", "SW_DEC", false)]
    public void A_date_must_be_a_date(string code, string table, string column, bool blankBreaks)
    {
        var flagged = Flagged(code, 2025, Column(table, column, "31/02/2020", "29/02/2020", ""));

        string file = Column(table, column).Item1;
        Assert.Equal(blankBreaks ? [$"{file}:2", $"{file}:4"] : new[] { $"{file}:2" }, flagged);
    }

    // One episode judged on its own: child A's row (line 2) breaks the rule, child B's (line 3) is its boundary.
    // Rows: child|decom|rne|ls|place|provider|dec|rec|reason|homePost|plPost. Collection year 2025-26 (01/04/2025-31/03/2026).
    [Theory]
    // 148: DEC without REC breaks; DEC with REC passes.
    [InlineData("148", "", "A|01/05/2025|S|C2|U1|PR1|01/06/2025|", "B|01/05/2025|S|C2|U1|PR1|01/06/2025|E11")]
    // 213: a temporary placement (T1) with a provider breaks; without one passes.
    [InlineData("213", "", "A|01/05/2025|P|C2|T1|PR1", "B|01/05/2025|P|C2|T1|")]
    // 217: A5 from 01/04/2015 with RNE P breaks; with RNE T passes.
    [InlineData("217", "", "A|01/05/2025|P|E1|A5|PR1", "B|01/05/2025|T|E1|A5|PR1")]
    // 178: a provider on T1 breaks (2025-26: T0-T3 have none); PR1 on U1 passes.
    [InlineData("178", "", "A|01/05/2025|P|C2|T1|PR1", "B|01/05/2025|P|C2|U1|PR1")]
    // 214: V3 with a placement postcode breaks; V3 with neither postcode nor URN passes.
    [InlineData("214", "", "A|01/05/2025|S|V3|U3|PR1|||||AB1 2CD", "B|01/05/2025|S|V3|U3|PR1")]
    // 390: adopted (E11) from foster care U1 breaks; from A3 passes.
    [InlineData("390", "", "A|01/05/2025|S|E1|U1|PR1|05/05/2025|E11", "B|01/05/2025|S|E1|A3|PR1|05/05/2025|E11")]
    // 353: 13/10/1991 is the day before the Children Act; 14/10/1991 passes.
    [InlineData("353", "", "A|13/10/1991|S|C2|U1|PR1", "B|14/10/1991|S|C2|U1|PR1")]
    // 354: an episode starting 01/04/2026, after 31/03/2026, breaks; 31/03/2026 passes.
    [InlineData("354", "", "A|01/04/2026|S|C2|U1|PR1", "B|31/03/2026|S|C2|U1|PR1")]
    // 385: ceasing 01/04/2026 breaks; 31/03/2026 passes.
    [InlineData("385", "", "A|01/05/2025|S|C2|U1|PR1|01/04/2026|E11", "B|01/05/2025|S|C2|U1|PR1|31/03/2026|E11")]
    // 355: ceasing the day it starts breaks; the next day passes.
    [InlineData("355", "", "A|01/05/2025|S|C2|U1|PR1|01/05/2025|E11", "B|01/05/2025|S|C2|U1|PR1|02/05/2025|E11")]
    // 356: ceasing the day before it starts breaks; the same day does not break 356.
    [InlineData("356", "", "A|02/05/2025|S|C2|U1|PR1|01/05/2025|E11", "B|02/05/2025|S|C2|U1|PR1|02/05/2025|E11")]
    // 371 (2025-26): K3 supported accommodation at 15 years 364 days breaks; on the 16th birthday passes.
    [InlineData("371", "A=02/05/2009;B=01/05/2009", "A|01/05/2025|S|C2|K3|PR1", "B|01/05/2025|S|C2|K3|PR1")]
    // 372: youth custody R5 aged 9 (DOB 01/06/2010, placed 01/05/2020) breaks, still open; placed on the 10th birthday passes.
    [InlineData("372", "A=01/06/2010;B=01/05/2010", "A|01/05/2020|S|J1|R5|PR1", "B|01/05/2020|S|J1|R5|PR1")]
    // 373: school S1 the day before the 4th birthday breaks; on it passes.
    [InlineData("373", "A=02/05/2021;B=01/05/2021", "A|01/05/2025|S|C2|S1|PR1", "B|01/05/2025|S|C2|S1|PR1")]
    // 374: residential employment P3 at 13 breaks; at 14 passes.
    [InlineData("374", "A=02/05/2011;B=01/05/2011", "A|01/05/2025|S|C2|P3|PR1", "B|01/05/2025|S|C2|P3|PR1")]
    // 375: T1 hospital for 43 days (01/05-13/06) breaks; 42 days (01/05-12/06) passes.
    [InlineData("375", "", "A|01/05/2025|P|C2|T1||13/06/2025|X1", "B|01/05/2025|P|C2|T1||12/06/2025|X1")]
    // 376: T3 carers' holiday for 22 days breaks; 21 passes.
    [InlineData("376", "", "A|01/05/2025|P|C2|T3||23/05/2025|X1", "B|01/05/2025|P|C2|T3||22/05/2025|X1")]
    // 379: T4 for 8 days breaks; 7 passes.
    [InlineData("379", "", "A|01/05/2025|P|C2|T4||09/05/2025|X1", "B|01/05/2025|P|C2|T4||08/05/2025|X1")]
    // 378: placed with parents P1 under V2 breaks; under C2 passes.
    [InlineData("378", "", "A|01/05/2025|S|V2|P1|PR0", "B|01/05/2025|S|C2|P1|PR0")]
    // 380: a temporary placement starting with RNE S breaks; with RNE P passes.
    [InlineData("380", "", "A|01/05/2025|S|C2|T0", "B|01/05/2025|P|C2|T0")]
    // 381: a temporary placement ending care (REC E11) breaks; ending with X1 passes.
    [InlineData("381", "", "A|01/05/2025|P|C2|T0||05/05/2025|E11", "B|01/05/2025|P|C2|T0||05/05/2025|X1")]
    // 382: respite V3 in a temporary placement breaks; V3 in foster care U1 passes.
    [InlineData("382", "", "A|01/05/2025|S|V3|T1", "B|01/05/2025|S|V3|U3|PR1")]
    // 384: respite V4 in long-term foster care U1 breaks; U3 passes.
    [InlineData("384", "", "A|01/05/2025|S|V4|U1|PR1", "B|01/05/2025|S|V4|U3|PR1")]
    // 398: V3 with a placement postcode breaks; V3 without postcodes passes.
    [InlineData("398", "", "A|01/05/2025|S|V3|U3|PR1|||||AB1 2CD", "B|01/05/2025|S|V3|U3|PR1")]
    // 408: A5 (placement order) under C2 breaks; A3 (consent) under C2 passes.
    [InlineData("408", "", "A|01/05/2025|P|C2|A5|PR1", "B|01/05/2025|P|C2|A3|PR1")]
    // 516: REC E45 from residential care R1 breaks; from foster care U1 passes.
    [InlineData("516", "", "A|01/05/2025|S|C2|R1|PR1|05/05/2025|E45", "B|01/05/2025|S|C2|U1|PR1|05/05/2025|E45")]
    // 527: PR1 with P1 breaks; PR1 with U1 passes.
    [InlineData("527", "", "A|01/05/2025|S|C2|P1|PR1", "B|01/05/2025|S|C2|U1|PR1")]
    // 528: PR2 with R2 breaks; PR2 with U1 passes.
    [InlineData("528", "", "A|01/05/2025|S|C2|R2|PR2", "B|01/05/2025|S|C2|U1|PR2")]
    // 529: PR3 with A4 breaks; PR3 with R1 passes.
    [InlineData("529", "", "A|01/05/2025|S|C2|A4|PR3", "B|01/05/2025|S|C2|R1|PR3")]
    // 530: PR4 with P1 breaks; PR4 with U1 passes.
    [InlineData("530", "", "A|01/05/2025|S|C2|P1|PR4", "B|01/05/2025|S|C2|U1|PR4")]
    // 531: PR5 with P1 breaks; PR5 with U1 passes.
    [InlineData("531", "", "A|01/05/2025|S|C2|P1|PR5", "B|01/05/2025|S|C2|U1|PR5")]
    // 550: PR0 with U1 breaks; PR0 with P1 passes.
    [InlineData("550", "", "A|01/05/2025|S|C2|U1|PR0", "B|01/05/2025|S|C2|P1|PR0")]
    public void An_episode_breaks_the_rule_and_its_boundary_does_not(string code, string dobs, string breaking, string boundary)
    {
        var flagged = Flagged(code, 2025, Compact(breaking + ";" + boundary), Dobs(dobs));

        Assert.Equal(["episodes.csv:2"], flagged);
    }

    // A child's episodes in order: the rows given (line 2 on), the lines expected flagged.
    [Theory]
    // 142: A's 01/05 episode is open and a later one starts 01/06: line 2; A's latest (line 3) may stay open.
    [InlineData("142", "A|01/05/2025|S|C2|U1|PR1;A|01/06/2025|P|C2|U3|PR1", new[] { 2 })]
    // 226: T1 (line 3) after an episode with a reason (line 2) breaks; T1 (line 5) after one without (line 4) passes.
    [InlineData("226", "A|01/05/2025|S|C2|U1|PR1|01/06/2025|X1|CLOSE;A|01/06/2025|P|C2|T1||;B|01/05/2025|S|C2|U1|PR1|01/06/2025|X1|;B|01/06/2025|P|C2|T1||", new[] { 3 })]
    // 501: A's second episode starts 15/05, before the first ended 01/06: line 3; B's starts on the day: passes.
    [InlineData("501", "A|01/05/2025|S|C2|U1|PR1|01/06/2025|X1;A|15/05/2025|P|C2|U3|PR1;B|01/05/2025|S|C2|U1|PR1|01/06/2025|X1;B|01/06/2025|P|C2|U3|PR1", new[] { 3 })]
    // 388: X1 with no next episode (line 2, case 3); E11 followed by an episode the same day (line 3, case 2); X1 followed the same day (line 4) passes.
    [InlineData("388", "A|01/05/2025|S|C2|U1|PR1|01/06/2025|X1;B|01/05/2025|S|C2|U1|PR1|01/06/2025|E11;B|01/06/2025|S|C2|U1|PR1;", new[] { 2, 3 })]
    // 437: an episode after E2 (died, line 2) breaks; A's last episode E2 (B, line 4) has none after it.
    [InlineData("437", "A|01/05/2025|S|C2|U1|PR1|01/06/2025|E2;A|01/07/2025|S|C2|U1|PR1;B|01/05/2025|S|C2|U1|PR1|01/06/2025|E2", new[] { 2 })]
    // 431: RNE S on the day the previous ended (line 3) breaks; S the day after (line 5) passes.
    [InlineData("431", "A|01/05/2025|S|C2|U1|PR1|01/06/2025|E11;A|01/06/2025|S|C2|U1|PR1;B|01/05/2025|S|C2|U1|PR1|01/06/2025|E11;B|02/06/2025|S|C2|U1|PR1", new[] { 3 })]
    // 432: after REC E11 (left care), RNE P (line 3) breaks; RNE S (line 5) passes.
    [InlineData("432", "A|01/05/2025|S|C2|U1|PR1|01/06/2025|E11;A|02/06/2025|P|C2|U1|PR1;B|01/05/2025|S|C2|U1|PR1|01/06/2025|E11;B|02/06/2025|S|C2|U1|PR1", new[] { 3 })]
    // 433: RNE P a day after the previous ended (line 3) breaks; on the day (line 5) passes.
    [InlineData("433", "A|01/05/2025|S|C2|U1|PR1|01/06/2025|X1;A|02/06/2025|P|C2|U3|PR1;B|01/05/2025|S|C2|U1|PR1|01/06/2025|X1;B|01/06/2025|P|C2|U3|PR1", new[] { 3 })]
    // 361: L1 01/05-03/05 then L1 03/05-05/05 is one 4-day spell (> 3): both lines; B's L1 01/05-04/05 is 3 days: passes.
    [InlineData("361", "A|01/05/2025|S|L1|U1|PR1|03/05/2025|X1;A|03/05/2025|L|L1|U1|PR1|05/05/2025|E11;B|01/05/2025|S|L1|U1|PR1|04/05/2025|E11", new[] { 2, 3 })]
    // 362: L2 open since 01/03/2026 has lasted 30 days by 31/03/2026 (> 21): line 2; B's L2 open since 10/03/2026 has 21: passes.
    [InlineData("362", "A|01/03/2026|S|L2|U1|PR1;B|10/03/2026|S|L2|U1|PR1", new[] { 2 })]
    // 363: L3 for 8 days breaks; 7 passes.
    [InlineData("363", "A|01/05/2025|S|L3|U1|PR1|09/05/2025|E11;B|01/05/2025|S|L3|U1|PR1|08/05/2025|E11", new[] { 2 })]
    // 364: J2 for 22 days breaks; 21 passes.
    [InlineData("364", "A|01/05/2025|S|J2|U1|PR1|23/05/2025|E11;B|01/05/2025|S|J2|U1|PR1|22/05/2025|E11", new[] { 2 })]
    // 365: each V3 break on its own: 18 days (line 2) breaks; two adjoining breaks of 10 days each (lines 3, 4) pass.
    [InlineData("365", "A|01/05/2025|S|V3|U1|PR1|19/05/2025|E11;B|01/05/2025|S|V3|U1|PR1|11/05/2025|X1;B|11/05/2025|P|V3|U3|PR1|21/05/2025|E11", new[] { 2 })]
    public void A_childs_episodes_in_order(string code, string rows, int[] lines)
    {
        var flagged = Flagged(code, 2025, Compact(rows));

        Assert.Equal(lines.Select(l => $"episodes.csv:{l}"), flagged);
    }

    // Missing periods (year 2025-26). Rows CHILD,DOB,MISSING,MIS_START,MIS_END.
    [Theory]
    [InlineData("564", "A,01/01/2010,M,,", "B,01/01/2010,M,01/05/2025,")]                   // MISSING without a start; with one
    [InlineData("565", "A,01/01/2010,,01/05/2025,", "B,01/01/2010,A,01/05/2025,")]          // a start without MISSING; with it
    [InlineData("566", "A,01/01/2010,,,02/05/2025", "B,01/01/2010,A,,02/05/2025")]          // an end without MISSING; with it
    [InlineData("567", "A,01/01/2010,M,02/05/2025,01/05/2025", "B,01/01/2010,M,02/05/2025,02/05/2025")] // end the day before the start; the same day
    [InlineData("570", "A,01/01/2010,M,01/04/2026,", "B,01/01/2010,M,31/03/2026,")]         // starts after 31/03/2026; on it
    [InlineData("571", "A,01/01/2010,M,01/03/2025,31/03/2025", "B,01/01/2010,M,01/03/2025,01/04/2025")] // ends before 01/04/2025; on it
    [InlineData("586", "A,02/05/2025,M,01/05/2025,", "B,01/05/2025,M,01/05/2025,")]         // starts the day before birth; on the birthday
    public void A_missing_period_breaks_the_rule_and_its_boundary_does_not(string code, string breaking, string boundary)
    {
        Assert.Equal(["missing.csv:2"], Flagged(code, 2025, Rows("Missing", breaking, boundary)));
    }

    [Fact]
    public void Rule_222_flags_a_URN_on_a_placement_Ofsted_does_not_register()
    {
        // Line 2: P1 (with parents) with URN 1234567: flagged. Line 3: P1 with the placeholder XXXXXXX, line 4: U1 (foster,
        // registered) with a URN: not flagged.
        var episodes = Episodes("A,01/05/2025,S,C2,N1,P1,PR0,,,,,,1234567", "B,01/05/2025,S,C2,N1,P1,PR0,,,,,,XXXXXXX",
            "C,01/05/2025,S,C2,N1,U1,PR1,,,,,,1234567");

        Assert.Equal(["episodes.csv:2"], Flagged("222", 2025, episodes));
    }

    // OC2 rules (2025-26: 01/04/2025-31/03/2026). OC2 columns: CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,
    // IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED. Children A
    // (line 2, breaks) and B (line 3, boundary); with cohort=true both are in the 12-month cohort (an episode open since
    // 01/04/2024), otherwise neither has an episode.
    [Theory]
    [InlineData("158", false, "A,01/01/2010,,,,,,,,1,1,1", "B,01/01/2010,,,,,,,,1,1,")]           // received 1 with offered given; blank
    [InlineData("159", false, "A,01/01/2010,,,,,,,,1,0,", "B,01/01/2010,,,,,,,,1,0,1")]            // misuse, not received, offered blank; given
    [InlineData("192", false, "A,01/01/2010,,,,,,,,1,,", "B,01/01/2010,,,,,,,,1,0,1")]             // misuse, received blank; given
    [InlineData("193", false, "A,01/01/2010,,,,,,,,0,1,", "B,01/01/2010,,,,,,,,0,,")]              // no misuse, received given; both blank
    [InlineData("197a", false, "A,01/01/2010,20,SDQ1,,,,,,,,", "B,01/01/2010,20,,,,,,,,,")]        // score and reason; score only
    [InlineData("180", false, "A,01/01/2010,41,,,,,,,,,", "B,01/01/2010,40,,,,,,,,,")]             // 41 is past 40; 40
    [InlineData("181", false, "A,01/01/2010,,,2,,,,,,,", "B,01/01/2010,,,1,,,,,,,")]               // CONVICTED 2; 1
    [InlineData("188", false, "A,01/04/2022,,SDQ1,,,,,,,,", "B,31/03/2022,,SDQ1,,,,,,,,")]         // 4th birthday 01/04/2026, after 31/03; on 31/03/2026
    [InlineData("189", false, "A,01/04/2008,,SDQ5,,,,,,,,", "B,02/04/2008,,SDQ5,,,,,,,,")]         // 17 on 01/04/2025, the first day; the day after
    [InlineData("542", false, "A,01/04/2016,,,0,,,,,,,", "B,31/03/2016,,,0,,,,,,,")]               // 10 on 01/04/2026, after 31/03; on 31/03/2026
    [InlineData("185", false, "A,01/01/2010,20,,,,,,,,,", "B,01/01/2010,,,,,,,,,,")]               // not in the cohort, score; none
    [InlineData("198", false, "A,01/01/2010,,SDQ1,,,,,,,,", "B,01/01/2010,,,,,,,,,,")]             // not in the cohort, reason; none
    [InlineData("190", false, "A,01/01/2010,,,,,,,,0,,", "B,01/01/2010,20,,,,,,,,,")]              // not in the cohort, SUBSTANCE_MISUSE; only an SDQ score
    [InlineData("191", true, "A,01/01/2010,,,0,,0,0,,0,,", "B,01/01/2010,,,0,,0,0,0,0,,")]         // cohort, HEALTH_ASSESSMENT blank; all four given
    [InlineData("543", true, "A,31/03/2016,,,,,0,0,0,0,,", "B,01/04/2016,,,,,0,0,0,0,,")]          // cohort, 10 on 31/03/2026, CONVICTED blank; 10 on 01/04/2026
    [InlineData("545", true, "A,01/04/2021,,,,,0,0,0,0,,", "B,31/03/2021,,,,,0,0,0,0,,")]          // cohort, 5 on 01/04/2026 (under 5), HEALTH_CHECK blank; 5 on 31/03/2026
    [InlineData("546", true, "A,31/03/2021,,,,1,0,0,0,0,,", "B,01/04/2021,,,,1,0,0,0,0,,")]        // cohort, 5 on 31/03/2026 with HEALTH_CHECK; under 5
    public void An_OC2_row_breaks_the_rule_and_its_boundary_does_not(string code, bool cohort, string breaking, string boundary)
    {
        var files = new List<(string, string)> { Rows("OC2", breaking, boundary) };
        if (cohort)
        {
            files.Add(Compact("A|01/04/2024|S|C2|U1|PR1;B|01/04/2024|S|C2|U1|PR1"));
        }

        Assert.Equal(["oc2.csv:2"], Flagged(code, 2025, [.. files]));
    }

    [Fact]
    public void The_12_month_cohort_is_a_chain_of_episodes_from_1_April_with_no_short_break()
    {
        // 190 flags OC2 items of a child outside the cohort. A: 01/04/2025 (the first day) to open, in the cohort. B: from
        // 02/04/2025, not. C: 01/03/2025-01/06/2025 then 01/06/2025-open (a chain), in. D: from 01/04/2024 with a V3 short
        // break in the year, not. Lines: A 2, B 3, C 4, D 5; expected B and D.
        var oc2 = Rows("OC2", "A,01/01/2010,,,0,,,,,,,", "B,01/01/2010,,,0,,,,,,,", "C,01/01/2010,,,0,,,,,,,", "D,01/01/2010,,,0,,,,,,,");
        var episodes = Compact("A|01/04/2025|S|C2|U1|PR1;B|02/04/2025|S|C2|U1|PR1;C|01/03/2025|S|C2|U1|PR1|01/06/2025|X1;C|01/06/2025|P|C2|U3|PR1;" +
            "D|01/04/2024|S|C2|U1|PR1|01/05/2025|X1;D|01/05/2025|L|V3|U1|PR1");

        Assert.Equal(["oc2.csv:3", "oc2.csv:5"], Flagged("190", 2025, oc2, episodes));
    }

    [Theory]
    // Reviews CHILD,DOB,REVIEW,REVIEW_CODE. 440: PN0 on the 4th birthday (breaks); the day before (boundary).
    [InlineData("440", "A,01/06/2021,01/06/2025,PN0", "B,02/06/2021,01/06/2025,PN0")]
    // 441: PN1 the day before the 4th birthday (breaks); on it (boundary).
    [InlineData("441", "A,02/06/2021,01/06/2025,PN1", "B,01/06/2021,01/06/2025,PN1")]
    public void A_review_breaks_the_rule_and_its_boundary_does_not(string code, string breaking, string boundary)
    {
        Assert.Equal(["reviews.csv:2"], Flagged(code, 2025, Rows("Reviews", breaking, boundary)));
    }

    [Theory]
    // A's episode (line 2) has no decision to place for adoption; B's (line 3) has one dated 01/04/2025.
    [InlineData("551", "A|01/05/2025|P|C2|A3|PR1;B|01/05/2025|P|C2|A3|PR1")]
    [InlineData("553", "A|01/05/2025|L|E1|U1|PR1;B|01/05/2025|L|E1|U1|PR1")]
    public void A_placement_for_adoption_needs_the_decision(string code, string episodes)
    {
        var placed = Rows("PlacedAdoption", "A,01/01/2020,,,", "B,01/01/2020,01/04/2025,,");

        Assert.Equal(["episodes.csv:2"], Flagged(code, 2025, Compact(episodes), placed));
    }

    [Fact]
    public void Rule_1012_flags_the_rows_of_a_child_with_no_episode()
    {
        // X has an episode, Y none: Y's review (line 3) and OC2 row (line 2) are flagged, X's review (line 2) not.
        var flagged = Flagged("1012", 2025, Compact("X|01/05/2025|S|C2|U1|PR1"),
            Rows("Reviews", "X,01/01/2010,01/06/2025,PN1", "Y,01/01/2010,01/06/2025,PN1"), Rows("OC2", "Y,01/01/2010,,,,,,,,,,"));

        Assert.Equal(["oc2.csv:2", "reviews.csv:3"], flagged);
    }

    [Fact]
    public void Rule_574_flags_the_period_that_starts_while_another_is_open()
    {
        // Child 366621's case from the fake data: 02/11-22/12 (line 2) and 20/11-04/12 (line 3). Line 3 starts while
        // line 2 is open, so line 3 is flagged (the peer, ordering by end date, flags line 2: docs/conformance.md).
        // Child B: 01/11-10/11 then 10/11-20/11 touch but do not overlap (starts on the previous end): not flagged.
        var flagged = Flagged("574", 2025, Rows("Missing",
            "A,01/01/2010,M,02/11/2017,22/12/2017", "A,01/01/2010,M,20/11/2017,04/12/2017",
            "B,01/01/2010,M,01/11/2017,10/11/2017", "B,01/01/2010,M,10/11/2017,20/11/2017"));

        Assert.Equal(["missing.csv:3"], flagged);
    }

    // Adopters (AD1 CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR).
    [Theory]
    [InlineData("175", "3,MF,L11", "2,MF,L11")]   // three adopters; two
    [InlineData("511", "2,M1,L11", "2,MF,L11")]   // two adopters recorded as one man; as a couple
    [InlineData("514", "1,MF,L0", "1,M1,L0")]     // single adopter with a couple's sexes; as one man
    [InlineData("517", "2,MM,L3", "2,MF,L3")]     // unmarried different-sex couple recorded MM; MF
    [InlineData("518", "2,MF,L4", "2,FF,L4")]     // unmarried same-sex couple recorded MF; FF
    [InlineData("519", "2,F1,L2", "2,FF,L2")]     // civil partners recorded as one woman; FF
    [InlineData("520", "2,FF,L11", "2,MF,L11")]   // married different-sex couple recorded FF; MF
    [InlineData("524", "2,MF,L12", "2,MM,L12")]   // married same-sex couple recorded MF; MM
    public void Adopters_break_the_rule_and_the_boundary_does_not(string code, string breaking, string boundary)
    {
        Assert.Equal(["ad1.csv:2"], Flagged(code, 2025, Rows("AD1",
            $"A,01/01/2015,01/01/2020,01/02/2020,0,{breaking}", $"B,01/01/2015,01/01/2020,01/02/2020,0,{boundary}")));
    }

    [Theory]
    // Child X is in the Header; Y is not. The checked table's row 2 is X's (boundary), row 3 Y's (breaks).
    [InlineData("INT01", "AD1")]
    [InlineData("INT02", "PlacedAdoption")]
    [InlineData("INT04", "Missing")]
    [InlineData("INT05", "OC2")]
    [InlineData("INT06", "OC3")]
    [InlineData("INT07", "PrevPerm")]
    [InlineData("INT08", "Reviews")]
    [InlineData("INT09", "UASC")]
    public void A_child_not_in_the_Header_is_flagged(string code, string table)
    {
        var file = Column(table, "CHILD", "X", "Y");

        Assert.Equal([$"{file.Item1}:3"], Flagged(code, 2025, file, Header(("X", "01/01/2010"))));
    }

    [Fact]
    public void INT03_flags_an_episode_whose_child_is_not_in_the_Header()
    {
        Assert.Equal(["episodes.csv:3"], Flagged("INT03", 2025, Compact("X|01/05/2025|S|C2|U1|PR1;Y|01/05/2025|S|C2|U1|PR1"), Header(("X", "01/01/2010"))));
    }

    [Theory]
    // The Header gives X 01/01/2010. Row 2 (X, 1/1/2010: the same day written without zeros) passes; row 3 (X, 02/01/2010) breaks.
    [InlineData("INT11", "AD1")]
    [InlineData("INT12", "PlacedAdoption")]
    [InlineData("INT13", "Missing")]
    [InlineData("INT14", "OC2")]
    [InlineData("INT15", "OC3")]
    [InlineData("INT16", "PrevPerm")]
    [InlineData("INT17", "Reviews")]
    [InlineData("INT18", "UASC")]
    public void A_date_of_birth_other_than_the_Headers_is_flagged(string code, string table)
    {
        var file = Column(table, "DOB", "1/1/2010", "02/01/2010");
        var rows = file.Item2.Replace("C1,", "X,", StringComparison.Ordinal).Replace("C2,", "X,", StringComparison.Ordinal);

        Assert.Equal([$"{file.Item1}:3"], Flagged(code, 2025, (file.Item1, rows), Header(("X", "01/01/2010"))));
    }

    [Fact]
    public void INT21_flags_a_UASC_sex_other_than_the_Headers()
    {
        // The Header's X is M (Ssda903RuleFixture.Header): UASC row 2 M passes, row 3 F breaks.
        Assert.Equal(["uasc.csv:3"], Flagged("INT21", 2025, Rows("UASC", "X,M,01/01/2010,", "X,F,01/01/2010,"), Header(("X", "01/01/2010"))));
    }

    [Theory]
    [InlineData("INT31", "AD1")]
    [InlineData("INT32", "Header")]
    [InlineData("INT33", "OC2")]
    [InlineData("INT34", "OC3")]
    [InlineData("INT35", "PrevPerm")]
    [InlineData("INT36", "UASC")]
    public void A_child_twice_in_a_one_row_table_is_flagged_on_both_rows(string code, string table)
    {
        // Rows 2 and 3 are child D, row 4 child E once.
        var file = Column(table, "DOB", "01/01/2010", "01/01/2010", "01/01/2010");
        var rows = file.Item2.Replace("C1,", "D,", StringComparison.Ordinal).Replace("C2,", "D,", StringComparison.Ordinal).Replace("C3,", "E,", StringComparison.Ordinal);

        Assert.Equal([$"{file.Item1}:2", $"{file.Item1}:3"], Flagged(code, 2025, (file.Item1, rows)));
    }

    [Fact]
    public void EPI_flags_a_Header_child_with_no_episode_unless_a_care_leaver()
    {
        // Header: X (has an episode), Y (none: flagged, line 3), Z (none, but in OC3: a care leaver, not flagged).
        var flagged = Flagged("EPI", 2025, Header(("X", "01/01/2010"), ("Y", "01/01/2010"), ("Z", "01/01/2005")),
            Compact("X|01/05/2025|S|C2|U1|PR1"), Rows("OC3", "Z,01/01/2005,YES,F1,B1"));

        Assert.Equal(["header.csv:3"], flagged);
    }

    [Fact]
    public void Every_implemented_check_has_one_code_of_some_years_list()
    {
        // Property: no two checks share a code, and every code is in at least one year's DfE list (a check no list runs
        // would never run).
        var codes = Ssda903Validator.Checks.Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        var listed = DfeRuleList.Years(DfeReturn.Ssda903).SelectMany(y => DfeRuleList.For(DfeReturn.Ssda903, y)).Select(r => r.Code).ToHashSet();
        Assert.DoesNotContain(codes, c => !listed.Contains(c));
    }

    [Fact]
    public void A_year_list_reports_every_rule_ran_not_run_or_not_implemented()
    {
        var validation = Ssda903Validator.Run(new ChildrensKpi.Readers.CollectionYear(2025), Read(Compact("X|01/05/2025|S|C2|U1|PR1")));

        Assert.Equal(DfeRuleList.For(DfeReturn.Ssda903, new ChildrensKpi.Readers.CollectionYear(2025)).Length, validation.Outcomes.Length);
        Assert.All(validation.Outcomes.Where(o => o.Status == DfeRuleStatus.NotImplemented), o => Assert.DoesNotContain(o.Rule.Code, Ssda903DfeRules.Implemented));
    }
}
