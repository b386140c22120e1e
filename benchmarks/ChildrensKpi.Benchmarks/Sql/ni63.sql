-- NI 63: children looked after at the end of the period, under 16 then (date of birth from Header, else OC3), looked
-- after continuously for 2.5 years (current period began on or before end - 30 months); numerator: current placement
-- began on or before end - 2 years, or placed for adoption (type at the end A*) with the placement before it, in the same
-- period, beginning on or before end - 2 years. The current placement is the last after the first that is open at the
-- end, else the first; a temporary one is read as the placement before it, and the placement before skips temporary ones.
WITH p AS (SELECT * FROM params),
current_period AS (
    SELECT child, arg_min(period_no, period_start) AS period_no
    FROM periods, p WHERE period_start <= p.report_end AND period_end > p.report_end
    GROUP BY child
),
eligible AS (
    SELECT pe.*
    FROM current_period JOIN periods pe USING (child, period_no)
         LEFT JOIN children c USING (child) LEFT JOIN care_leavers l USING (child), p
    WHERE coalesce(c.dob, l.dob) <= p.report_end
      AND coalesce(c.dob, l.dob) + INTERVAL 16 YEAR > p.report_end
      AND pe.period_start <= p.continuous_since
),
indexed AS (
    SELECT pl.child, pl.placement_no, pl.placement_start, pl.placement_end, pl.first_type,
           pl.placement_no - e.first_placement_no AS idx,
           -- the placement before, temporary ones (T0-T4) skipped
           last_value(CASE WHEN pl.first_type NOT LIKE 'T%' THEN pl.placement_start END IGNORE NULLS)
               OVER (PARTITION BY pl.child ORDER BY pl.placement_no ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_start
    FROM placements pl JOIN eligible e USING (child, period_no)
),
open_at_end AS (
    SELECT child,
           coalesce(max(idx) FILTER (WHERE idx > 0 AND placement_start <= p.report_end AND placement_end > p.report_end), 0) AS idx
    FROM indexed, p GROUP BY child
),
chosen AS (
    -- a child in a temporary placement on the day is in the placement before it
    SELECT o.child, CASE WHEN i.first_type LIKE 'T%' AND o.idx > 0 THEN o.idx - 1 ELSE o.idx END AS idx
    FROM open_at_end o JOIN indexed i USING (child, idx)
),
current_placement AS (
    SELECT i.*,
           (SELECT arg_max(place, decom) FROM care_episodes ce
            WHERE ce.child = i.child AND ce.placement_no = i.placement_no AND ce.decom <= p.report_end
              AND ce.place NOT LIKE 'T%') AS type_at_end
    FROM indexed i JOIN chosen USING (child, idx), p
)
SELECT 'NI63' AS indicator,
       count(*) FILTER (WHERE placement_start <= p.two_years_before
                           OR (type_at_end LIKE 'A%' AND idx > 0 AND previous_start <= p.two_years_before)) AS numerator,
       count(*) AS denominator
FROM current_placement, p;
