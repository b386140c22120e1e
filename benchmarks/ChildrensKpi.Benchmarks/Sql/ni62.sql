-- NI 62: children looked after at the end of the period (short breaks ignored) with three or more placements open at
-- any time in the period (began on or before its end and did not end on or before its start), in any period of care.
WITH p AS (SELECT * FROM params),
looked_after_at_end AS (
    SELECT DISTINCT child FROM periods, p WHERE period_start <= p.report_end AND period_end > p.report_end
),
counted AS (
    SELECT child, count(*) AS placements
    FROM placements, p
    WHERE first_type NOT IN ('T0', 'T1', 'T2', 'T3', 'T4')
      AND placement_start <= p.report_end AND placement_end > p.report_start
    GROUP BY child
)
SELECT 'NI62' AS indicator,
       count(*) FILTER (WHERE coalesce(placements, 0) >= 3) AS numerator,
       count(*) AS denominator
FROM looked_after_at_end LEFT JOIN counted USING (child);
