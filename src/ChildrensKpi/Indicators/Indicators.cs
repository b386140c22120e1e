using System.Collections.Immutable;

namespace ChildrensKpi;

/// <summary>The indicators the library computes, by id, and the catalogue of all of them.</summary>
public static class Indicators
{
    /// <summary>NI 62 (PAF A1): children looked after at 31 March with three or more placements in the year.</summary>
    public static Indicator NI62 { get; } = new Ni62PlacementStability();

    /// <summary>NI 63 (PAF D35): children under 16 looked after for 2½ years or more, in the same placement for 2 years.</summary>
    public static Indicator NI63 { get; } = new Ni63LongTermPlacementStability();

    /// <summary>NI 147: care leavers in suitable accommodation around their 19th birthday.</summary>
    public static Indicator NI147 { get; } = new Ni147CareLeaversInSuitableAccommodation();

    /// <summary>NI 148 (PAF A4): care leavers in education, employment or training around their 19th birthday.</summary>
    public static Indicator NI148 { get; } = new Ni148CareLeaversInEducationEmploymentOrTraining();

    /// <summary>CLA10K: children looked after at 31 March per 10,000 children aged under 18.</summary>
    public static Indicator CLA10K { get; } = new Cla10kLookedAfterRate();

    /// <summary>PAF B7: children looked after under 16 (not placed with parents) in foster placements or placed for adoption.</summary>
    public static Indicator PAFB7 { get; } = new PafB7FosterOrAdoptivePlacements();

    /// <summary>PAF C23: adoptions in the year as a percentage of children looked after for 6 months or more at 31 March.</summary>
    public static Indicator PAFC23 { get; } = new PafC23Adoptions();

    /// <summary>NI 61: children adopted who were placed for adoption within 12 months of the decision that they should be.</summary>
    public static Indicator NI61 { get; } = new Ni61AdoptionTimeliness();

    /// <summary>NI 66: looked-after children all of whose reviews in the year were on time.</summary>
    public static Indicator NI66 { get; } = new Ni66LookedAfterReviews();

    /// <summary>PAF C63: looked-after children aged 4 or over who took part in every review in the year.</summary>
    public static Indicator PAFC63 { get; } = new PafC63ReviewParticipation();

    /// <summary>PAF C18: final warnings, reprimands and convictions of looked-after children aged 10 or over, as a ratio to the area's rate.</summary>
    public static Indicator PAFC18 { get; } = new PafC18Offending();

    /// <summary>MISSING: children looked after in the year who went missing from their placement.</summary>
    public static Indicator MISSING { get; } = new MissingFromCare();

    /// <summary>ADOPT_A1 (adoption scorecard A1, formerly ADOPTA1): average days from entering care to moving in with the adoptive family, unadjusted.</summary>
    public static Indicator ADOPTA1 { get; } = new AdoptA1DaysToAdoptiveFamily();

    /// <summary>ADOPT_A10 (adoption scorecard A10): average days from entering care to moving in with the adoptive family, adjusted for foster carer adoptions.</summary>
    public static Indicator ADOPTA10 { get; } = new AdoptA10DaysToAdoptiveFamilyAdjusted();

    /// <summary>ADOPT_A2 (adoption scorecard A2, formerly ADOPTA2): average days from the placement or freeing order to the match with the adopters.</summary>
    public static Indicator ADOPTA2 { get; } = new AdoptA2DaysFromPlacementOrderToMatch();

    /// <summary>ADOPT_A3 (adoption scorecard A3): children who moved in with the adoptive family within 14 months (by default) of entering care.</summary>
    public static Indicator ADOPTA3 { get; } = new AdoptA3MovedInWithinThreshold();

    /// <summary>BVPI 51 (PAF B8): gross expenditure per child per week in foster and residential placements.</summary>
    public static Indicator BVPI51 { get; } = new Bvpi51PlacementCost();

    /// <summary>NI 59: initial assessments within 7 working days of referral (10 from April 2010).</summary>
    public static Indicator NI59 { get; } = new Ni59InitialAssessmentTimeliness();

    /// <summary>NI 60: core assessments within 35 working days of their start.</summary>
    public static Indicator NI60 { get; } = new Ni60CoreAssessmentTimeliness();

    /// <summary>CIN45: single assessments completed within 45 working days of the referral.</summary>
    public static Indicator CIN45 { get; } = new Cin45SingleAssessmentTimeliness();

    /// <summary>REF10K: referrals per 10,000 children aged under 18.</summary>
    public static Indicator REF10K { get; } = new Ref10kReferralRate();

    /// <summary>REREF12: referrals within 12 months of a previous referral.</summary>
    public static Indicator REREF12 { get; } = new Reref12ReReferrals();

    /// <summary>NI 68: referrals going on to initial (or single) assessment.</summary>
    public static Indicator NI68 { get; } = new Ni68ReferralsToAssessment();

    /// <summary>ICPC15: initial child protection conferences within 15 working days of the section 47 start.</summary>
    public static Indicator ICPC15 { get; } = new Icpc15InitialConferenceTimeliness();

    /// <summary>CPP10K: children subject of a child protection plan per 10,000 children aged under 18.</summary>
    public static Indicator CPP10K { get; } = new Cpp10kProtectionPlanRate();

    /// <summary>NI 64: child protection plans lasting two years or more.</summary>
    public static Indicator NI64 { get; } = new Ni64LongProtectionPlans();

    /// <summary>NI 65: children becoming subject of a plan for a second or subsequent time.</summary>
    public static Indicator NI65 { get; } = new Ni65RepeatProtectionPlans();

    /// <summary>NI 67 (PAF C20): child protection cases reviewed within required timescales.</summary>
    public static Indicator NI67 { get; } = new Ni67ProtectionPlanReviews();

    /// <summary>SWVACANCY: social worker vacancy rate, per team and in total.</summary>
    public static Indicator SWVACANCY { get; } = new SwVacancyRate();

    /// <summary>SWAGENCY: agency share of social workers in post, per team and in total.</summary>
    public static Indicator SWAGENCY { get; } = new SwAgencyShare();

    /// <summary>SWTARGET: social workers in post against the funded establishment, per team and in total.</summary>
    public static Indicator SWTARGET { get; } = new SwEstablishmentFilled();

    /// <summary>CASELOAD: open cases per social worker in post, per team and in total.</summary>
    public static Indicator CASELOAD { get; } = new SwCaseload();

    /// <summary>SUPERVISION: supervision sessions held on time, per team and in total.</summary>
    public static Indicator SUPERVISION { get; } = new SwSupervision();

    /// <summary>CLA_STARTS (DfE C1): children who started to be looked after in the year.</summary>
    public static Indicator CLASTARTS { get; } = new ClaStarts(per10000: false);

    /// <summary>CLA_STARTS10K: children who started to be looked after in the year per 10,000 children aged 0–17.</summary>
    public static Indicator CLASTARTS10K { get; } = new ClaStarts(per10000: true);

    /// <summary>CLA_STARTS_UASC: children who started to be looked after in the year who were unaccompanied asylum-seeking children then.</summary>
    public static Indicator CLASTARTSUASC => ClaByUascStatus.StartsUasc;

    /// <summary>CLA_STARTS_NON_UASC: children who started to be looked after in the year who were not unaccompanied asylum-seeking children then.</summary>
    public static Indicator CLASTARTSNONUASC => ClaByUascStatus.StartsNonUasc;

    /// <summary>CLA_CEASED (DfE D1): children who ceased to be looked after in the year.</summary>
    public static Indicator CLACEASED { get; } = new ClaCeased(per10000: false);

    /// <summary>CLA_CEASED10K: children who ceased to be looked after in the year per 10,000 children aged 0–17.</summary>
    public static Indicator CLACEASED10K { get; } = new ClaCeased(per10000: true);

    /// <summary>CLA_CEASED_ADOPTED: ceased in the year through adoption (E11, E12), of all who ceased.</summary>
    public static Indicator CLACEASEDADOPTED => ClaCeasedByReason.Adopted;

    /// <summary>CLA_CEASED_SGO: ceased through a special guardianship order, of all who ceased.</summary>
    public static Indicator CLACEASEDSGO => ClaCeasedByReason.SpecialGuardianship;

    /// <summary>CLA_CEASED_HOME: ceased by returning home to parents or others with parental responsibility, of all who ceased.</summary>
    public static Indicator CLACEASEDHOME => ClaCeasedByReason.ReturnedHome;

    /// <summary>CLA_CEASED_CAO: ceased through a residence or child arrangements order, of all who ceased.</summary>
    public static Indicator CLACEASEDCAO => ClaCeasedByReason.ChildArrangements;

    /// <summary>CLA_CEASED_INDEP: ceased by moving into independent living, of all who ceased.</summary>
    public static Indicator CLACEASEDINDEP => ClaCeasedByReason.IndependentLiving;

    /// <summary>CLA_CEASED_OTHER: ceased for any other reason, of all who ceased.</summary>
    public static Indicator CLACEASEDOTHER => ClaCeasedByReason.Other;

    /// <summary>CLA_FOSTER: looked after at 31 March in a foster placement.</summary>
    public static Indicator CLAFOSTER => ClaPlacementAt31March.Foster;

    /// <summary>CLA_PLACED_ADOPT: looked after at 31 March and placed for adoption.</summary>
    public static Indicator CLAPLACEDADOPT => ClaPlacementAt31March.PlacedForAdoption;

    /// <summary>CLA_WITH_PARENTS: looked after at 31 March and placed with parents.</summary>
    public static Indicator CLAWITHPARENTS => ClaPlacementAt31March.WithParents;

    /// <summary>CLA_INDEP: looked after at 31 March in independent or semi-independent living.</summary>
    public static Indicator CLAINDEP => ClaPlacementAt31March.IndependentLiving;

    /// <summary>CLA_RESIDENTIAL: looked after at 31 March in a residential placement.</summary>
    public static Indicator CLARESIDENTIAL => ClaPlacementAt31March.Residential;

    /// <summary>CLA_PLACE_OTHER: looked after at 31 March in another placement.</summary>
    public static Indicator CLAPLACEOTHER => ClaPlacementAt31March.Other;

    /// <summary>CLA_MISSING: children looked after during the year who had a missing incident.</summary>
    public static Indicator CLAMISSING => ClaMissing.Missing;

    /// <summary>CLA_MISSING_INCIDENTS: missing incidents per child who went missing.</summary>
    public static Indicator CLAMISSINGINCIDENTS { get; } = new ClaMissingIncidents();

    /// <summary>CLA_AWAY: children looked after during the year who were away from placement without authorisation.</summary>
    public static Indicator CLAAWAY => ClaMissing.Away;

    /// <summary>CLA_UASC: children looked after at 31 March who are unaccompanied asylum-seeking children.</summary>
    public static Indicator CLAUASC { get; } = new ClaUasc();

    /// <summary>CLA_AT31_UASC: children looked after at 31 March who are unaccompanied asylum-seeking children (a count).</summary>
    public static Indicator CLAAT31UASC => ClaByUascStatus.LookedAfterUasc;

    /// <summary>CLA_AT31_NON_UASC: children looked after at 31 March who are not unaccompanied asylum-seeking children (a count).</summary>
    public static Indicator CLAAT31NONUASC => ClaByUascStatus.LookedAfterNonUasc;

    /// <summary>OC2_DENTAL: children looked after for 12 months at 31 March whose teeth were checked by a dentist.</summary>
    public static Indicator OC2DENTAL => Oc2HealthAndOffending.Dental;

    /// <summary>OC2_IMMUNISATIONS: children looked after for 12 months at 31 March whose immunisations are up to date.</summary>
    public static Indicator OC2IMMUNISATIONS => Oc2HealthAndOffending.Immunisations;

    /// <summary>OC2_DEVELOPMENT: children looked after for 12 months at 31 March, aged 0–4, whose development assessments are up to date.</summary>
    public static Indicator OC2DEVELOPMENT => Oc2HealthAndOffending.Development;

    /// <summary>OC2_CONVICTED: children looked after for 12 months at 31 March, aged 10 or over, convicted or cautioned in the year.</summary>
    public static Indicator OC2CONVICTED => Oc2HealthAndOffending.Convicted;

    /// <summary>CL1718_INTOUCH: care leavers aged 17–18 in touch.</summary>
    public static Indicator CL1718INTOUCH => CareLeavers2016.YoungerInTouch;

    /// <summary>CL1718_EET: care leavers aged 17–18 in education, employment or training.</summary>
    public static Indicator CL1718EET => CareLeavers2016.YoungerEet;

    /// <summary>CL1718_ACCOM: care leavers aged 17–18 in suitable accommodation.</summary>
    public static Indicator CL1718ACCOM => CareLeavers2016.YoungerAccommodation;

    /// <summary>CL1921_INTOUCH: care leavers aged 19–21 in touch.</summary>
    public static Indicator CL1921INTOUCH => CareLeavers2016.OlderInTouch;

    /// <summary>CL1921_EET: care leavers aged 19–21 in education, employment or training.</summary>
    public static Indicator CL1921EET => CareLeavers2016.OlderEet;

    /// <summary>CL1921_ACCOM: care leavers aged 19–21 in suitable accommodation.</summary>
    public static Indicator CL1921ACCOM => CareLeavers2016.OlderAccommodation;

    /// <summary>SWCHANGES: children looked after at 31 March who had 3 or more social workers in the year (2023-24 on).</summary>
    public static Indicator SWCHANGES { get; } = new SwChangesSocialWorkerStability();

    /// <summary>CIN10K: children in need at 31 March per 10,000 children aged 0–17.</summary>
    public static Indicator CIN10K { get; } = new Cin10kChildrenInNeedRate();

    /// <summary>CIN_BY_NEED_N1: children in need at 31 March whose primary need is N1 (abuse or neglect), of all in need then.</summary>
    public static Indicator CINBYNEEDN1 => CinByPrimaryNeed.All[0];

    /// <summary>CIN_BY_NEED_N2: children in need at 31 March whose primary need is N2 (child's disability or illness), of all in need then.</summary>
    public static Indicator CINBYNEEDN2 => CinByPrimaryNeed.All[1];

    /// <summary>CIN_BY_NEED_N3: children in need at 31 March whose primary need is N3 (parental disability or illness), of all in need then.</summary>
    public static Indicator CINBYNEEDN3 => CinByPrimaryNeed.All[2];

    /// <summary>CIN_BY_NEED_N4: children in need at 31 March whose primary need is N4 (family in acute stress), of all in need then.</summary>
    public static Indicator CINBYNEEDN4 => CinByPrimaryNeed.All[3];

    /// <summary>CIN_BY_NEED_N5: children in need at 31 March whose primary need is N5 (family dysfunction), of all in need then.</summary>
    public static Indicator CINBYNEEDN5 => CinByPrimaryNeed.All[4];

    /// <summary>CIN_BY_NEED_N6: children in need at 31 March whose primary need is N6 (socially unacceptable behaviour), of all in need then.</summary>
    public static Indicator CINBYNEEDN6 => CinByPrimaryNeed.All[5];

    /// <summary>CIN_BY_NEED_N7: children in need at 31 March whose primary need is N7 (low income), of all in need then.</summary>
    public static Indicator CINBYNEEDN7 => CinByPrimaryNeed.All[6];

    /// <summary>CIN_BY_NEED_N8: children in need at 31 March whose primary need is N8 (absent parenting), of all in need then.</summary>
    public static Indicator CINBYNEEDN8 => CinByPrimaryNeed.All[7];

    /// <summary>CIN_BY_NEED_N9: children in need at 31 March whose primary need is N9 (cases other than children in need), of all in need then.</summary>
    public static Indicator CINBYNEEDN9 => CinByPrimaryNeed.All[8];

    /// <summary>CIN_BY_NEED_NOT_STATED: children in need at 31 March whose primary need is not stated (empty or N0), of all in need then.</summary>
    public static Indicator CINBYNEEDNOTSTATED => CinByPrimaryNeed.All[9];

    /// <summary>CIN_DISABLED: children in need at 31 March with a disability (a Disability other than NONE), of all in need then.</summary>
    public static Indicator CINDISABLED { get; } = new CinDisabled();

    /// <summary>REF_NFA: referrals in the year with no further action.</summary>
    public static Indicator REFNFA { get; } = new RefNfaReferralsWithNoFurtherAction();

    /// <summary>S47_10K: section 47 enquiries starting in the year per 10,000 children aged 0–17.</summary>
    public static Indicator S4710K { get; } = new S47EnquiryRate();

    /// <summary>CPP_STARTS10K: child protection plans starting in the year per 10,000 children aged 0–17.</summary>
    public static Indicator CPPSTARTS10K { get; } = new CppStartsRate();

    /// <summary>ICPC10K: initial child protection conferences held in the year per 10,000 children aged 0–17.</summary>
    public static Indicator ICPC10K { get; } = new Icpc10kInitialConferenceRate();

    /// <summary>CPP_BY_CATEGORY_NEG: child protection plans starting in the year with initial category NEG (neglect), of all starting in the year.</summary>
    public static Indicator CPPBYCATEGORYNEG => CppStartsByCategory.All[0];

    /// <summary>CPP_BY_CATEGORY_PHY: child protection plans starting in the year with initial category PHY (physical abuse), of all starting in the year.</summary>
    public static Indicator CPPBYCATEGORYPHY => CppStartsByCategory.All[1];

    /// <summary>CPP_BY_CATEGORY_SAB: child protection plans starting in the year with initial category SAB (sexual abuse), of all starting in the year.</summary>
    public static Indicator CPPBYCATEGORYSAB => CppStartsByCategory.All[2];

    /// <summary>CPP_BY_CATEGORY_EMO: child protection plans starting in the year with initial category EMO (emotional abuse), of all starting in the year.</summary>
    public static Indicator CPPBYCATEGORYEMO => CppStartsByCategory.All[3];

    /// <summary>CPP_BY_CATEGORY_MUL: child protection plans starting in the year with initial category MUL (multiple categories), of all starting in the year.</summary>
    public static Indicator CPPBYCATEGORYMUL => CppStartsByCategory.All[4];

    /// <summary>CPP_BY_CATEGORY_NOT_STATED: child protection plans starting in the year with initial category not stated (no initial category stated), of all starting in the year.</summary>
    public static Indicator CPPBYCATEGORYNOTSTATED => CppStartsByCategory.All[5];

    /// <summary>CPP31_BY_CATEGORY_NEG: children subject of a child protection plan at 31 March whose plan's initial category is NEG (neglect), of all subject of a plan then.</summary>
    public static Indicator CPP31BYCATEGORYNEG => Cpp31ByCategory.All[0];

    /// <summary>CPP31_BY_CATEGORY_PHY: children subject of a child protection plan at 31 March whose plan's initial category is PHY (physical abuse), of all subject of a plan then.</summary>
    public static Indicator CPP31BYCATEGORYPHY => Cpp31ByCategory.All[1];

    /// <summary>CPP31_BY_CATEGORY_SAB: children subject of a child protection plan at 31 March whose plan's initial category is SAB (sexual abuse), of all subject of a plan then.</summary>
    public static Indicator CPP31BYCATEGORYSAB => Cpp31ByCategory.All[2];

    /// <summary>CPP31_BY_CATEGORY_EMO: children subject of a child protection plan at 31 March whose plan's initial category is EMO (emotional abuse), of all subject of a plan then.</summary>
    public static Indicator CPP31BYCATEGORYEMO => Cpp31ByCategory.All[3];

    /// <summary>CPP31_BY_CATEGORY_MUL: children subject of a child protection plan at 31 March whose plan's initial category is MUL (multiple categories), of all subject of a plan then.</summary>
    public static Indicator CPP31BYCATEGORYMUL => Cpp31ByCategory.All[4];

    /// <summary>CPP31_BY_CATEGORY_NOT_STATED: children subject of a child protection plan at 31 March whose plan's initial category is not stated (no initial category stated), of all subject of a plan then.</summary>
    public static Indicator CPP31BYCATEGORYNOTSTATED => Cpp31ByCategory.All[5];

    /// <summary>SW_TURNOVER: turnover of social workers, leavers in the period over permanent FTE at its end (or the average).</summary>
    public static Indicator SWTURNOVER { get; } = new SwTurnover();

    /// <summary>SW_SICKNESS: sickness absence rate, working days lost over permanent FTE × working days.</summary>
    public static Indicator SWSICKNESS { get; } = new SwSickness();

    /// <summary>SW_SICKDAYS: working days lost to sickness per permanent FTE.</summary>
    public static Indicator SWSICKDAYS { get; } = new SwSickDays();

    /// <summary>Every indicator, in the order results are reported: the National Indicator Set and PAF (looked after first, then
    /// children in need and protection, then workforce), then the current measures (<see cref="IndicatorDefinition.Group"/>).</summary>
    public static ImmutableArray<Indicator> All { get; } =
    [
        NI62, NI63, NI147, NI148, CLA10K, PAFB7, PAFC23, NI61, NI66, PAFC63, PAFC18, MISSING, BVPI51,
        NI59, NI60, CIN45, REF10K, REREF12, NI68, ICPC15, CPP10K, NI64, NI65, NI67,
        SWVACANCY, SWAGENCY, SWTARGET, CASELOAD, SUPERVISION,
        CLASTARTS, CLASTARTS10K, CLASTARTSUASC, CLASTARTSNONUASC, CLACEASED, CLACEASED10K,
        CLACEASEDADOPTED, CLACEASEDSGO, CLACEASEDHOME, CLACEASEDCAO, CLACEASEDINDEP, CLACEASEDOTHER,
        CLAFOSTER, CLAPLACEDADOPT, CLAWITHPARENTS, CLAINDEP, CLARESIDENTIAL, CLAPLACEOTHER,
        CLAMISSING, CLAMISSINGINCIDENTS, CLAAWAY, CLAUASC, CLAAT31UASC, CLAAT31NONUASC,
        OC2DENTAL, OC2IMMUNISATIONS, OC2DEVELOPMENT, OC2CONVICTED, SWCHANGES,
        CL1718INTOUCH, CL1718EET, CL1718ACCOM, CL1921INTOUCH, CL1921EET, CL1921ACCOM,
        ADOPTA10, ADOPTA1, ADOPTA2, ADOPTA3,
        CIN10K, CINBYNEEDN1, CINBYNEEDN2, CINBYNEEDN3, CINBYNEEDN4, CINBYNEEDN5,
        CINBYNEEDN6, CINBYNEEDN7, CINBYNEEDN8, CINBYNEEDN9, CINBYNEEDNOTSTATED, CINDISABLED,
        REFNFA, S4710K, ICPC10K, CPPSTARTS10K,
        CPPBYCATEGORYNEG, CPPBYCATEGORYPHY, CPPBYCATEGORYSAB, CPPBYCATEGORYEMO, CPPBYCATEGORYMUL, CPPBYCATEGORYNOTSTATED,
        CPP31BYCATEGORYNEG, CPP31BYCATEGORYPHY, CPP31BYCATEGORYSAB, CPP31BYCATEGORYEMO, CPP31BYCATEGORYMUL, CPP31BYCATEGORYNOTSTATED,
        SWTURNOVER, SWSICKNESS, SWSICKDAYS,
    ];

    /// <summary>Finds an indicator by id or alias (<c>NI62</c>, <c>ni 62</c>, <c>PAF A1</c>).</summary>
    /// <returns>The indicator, or <see langword="null"/> when none has that name.</returns>
    public static Indicator? Find(string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(idOrAlias);
        return All.FirstOrDefault(i => i.Definition.IsNamed(idOrAlias));
    }
}
