-- NI 147 and NI 148: young people whose 19th birthday falls in the period and who were looked after (not on short
-- breaks) on the 1 April when they were 16, or whom an OC3 row puts in the cohort; those who died are excluded.
-- Numerators, among those in touch (YES, NREQ, RHOM): NI 147 ACCOM ending in 1; NI 148 ACTIV F1-F5 or P1-P5.
WITH p AS (SELECT * FROM params),
people AS (
    SELECT ids.child, coalesce(c.dob, l.dob) AS dob, l.in_touch, l.activ, l.accom
    FROM (SELECT child FROM episodes UNION SELECT child FROM children UNION SELECT child FROM care_leavers) ids
         LEFT JOIN children c USING (child) LEFT JOIN care_leavers l USING (child)
),
candidates AS (
    SELECT *, CAST(dob + INTERVAL 16 YEAR AS DATE) AS sixteenth
    FROM people, p
    WHERE CAST(dob + INTERVAL 19 YEAR AS DATE) BETWEEN p.report_start AND p.report_end
),
cohort AS (
    SELECT * FROM candidates c
    WHERE coalesce(in_touch, '') <> 'DIED'
      AND (in_touch IS NOT NULL OR EXISTS (
            SELECT 1 FROM periods pe
            WHERE pe.child = c.child
              AND pe.period_start <= (CASE WHEN make_date(year(c.sixteenth), 4, 1) >= c.sixteenth
                                           THEN make_date(year(c.sixteenth), 4, 1) ELSE make_date(year(c.sixteenth) + 1, 4, 1) END)
              AND pe.period_end > (CASE WHEN make_date(year(c.sixteenth), 4, 1) >= c.sixteenth
                                        THEN make_date(year(c.sixteenth), 4, 1) ELSE make_date(year(c.sixteenth) + 1, 4, 1) END)))
)
SELECT 'NI147' AS indicator,
       count(*) FILTER (WHERE in_touch IN ('YES', 'NREQ', 'RHOM') AND length(accom) = 2 AND accom[2] = '1') AS numerator,
       count(*) AS denominator
FROM cohort
UNION ALL
SELECT 'NI148',
       count(*) FILTER (WHERE in_touch IN ('YES', 'NREQ', 'RHOM') AND activ IN ('F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5')),
       count(*)
FROM cohort;
