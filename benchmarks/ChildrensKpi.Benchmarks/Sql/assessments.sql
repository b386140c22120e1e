-- NI 59, NI 60 and CIN45: assessments of each type authorised in the period (not before the referral), on time when
-- authorised within the timescale in working days of the clock start (the start being day 0): NI 59 initial assessments
-- from the referral; NI 60 core assessments from their own start (none: not counted); CIN45 single assessments from
-- the referral (or from their start). Dates outside the calendar are not counted.
WITH p AS (SELECT * FROM params),
timed AS (
    SELECT a.type, a.authorised,
           CASE WHEN a.type = 'Initial' OR (a.type = 'Single' AND p.cin45_from_referral) THEN a.referral ELSE a.start END AS clock,
           CASE a.type WHEN 'Initial' THEN p.ni59_days WHEN 'Core' THEN p.ni60_days ELSE p.cin45_days END AS timescale
    FROM assessments a, p
    WHERE a.authorised BETWEEN p.report_start AND p.report_end AND a.authorised >= a.referral
)
SELECT CASE t.type WHEN 'Initial' THEN 'NI59' WHEN 'Core' THEN 'NI60' ELSE 'CIN45' END AS indicator,
       count(*) FILTER (WHERE e.n - s.n <= t.timescale) AS numerator,
       count(*) AS denominator
FROM timed t JOIN working_days s ON s.day = t.clock JOIN working_days e ON e.day = t.authorised
WHERE t.authorised >= t.clock
GROUP BY t.type;
