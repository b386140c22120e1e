-- Periods of care and placements, as the SSDA903 guidance defines them (the library's CareHistory):
-- short breaks (LS V3, V4) are left out; a period of care begins at a child's first episode, at RNE S, and wherever an
-- episode does not start on the day the previous one ended (an open previous episode, DEC missing, continues into it);
-- a placement begins at a period's first episode and at RNE S, P or B (L, T and U continue it).
-- An open end is written 9999-12-31, so "ended after D" is end > D.
CREATE OR REPLACE VIEW care_episodes AS
WITH ordered AS (
    SELECT child, decom, rne, place, coalesce(dec, DATE '9999-12-31') AS dec_or_open,
           lag(dec) OVER w AS previous_dec, row_number() OVER w AS n
    FROM episodes
    WHERE ls NOT IN ('V3', 'V4')
    WINDOW w AS (PARTITION BY child ORDER BY decom)
), flagged AS (
    SELECT *, (n = 1 OR rne = 'S' OR (previous_dec IS NOT NULL AND previous_dec <> decom)) AS new_period
    FROM ordered
)
SELECT *,
       sum(new_period::INTEGER) OVER w AS period_no,
       sum((new_period OR rne IN ('S', 'P', 'B'))::INTEGER) OVER w AS placement_no
FROM flagged
WINDOW w AS (PARTITION BY child ORDER BY decom ROWS UNBOUNDED PRECEDING);

CREATE OR REPLACE VIEW periods AS
SELECT child, period_no,
       min(decom) AS period_start,
       arg_max(dec_or_open, decom) AS period_end,
       arg_min(rne, decom) <> 'S' AS starts_before_data,   -- the data begins part way through this period
       min(placement_no) AS first_placement_no
FROM care_episodes
GROUP BY child, period_no;

CREATE OR REPLACE VIEW placements AS
SELECT child, period_no, placement_no,
       min(decom) AS placement_start,
       arg_max(dec_or_open, decom) AS placement_end,
       arg_min(place, decom) AS first_type                 -- T0-T4 (temporary) placements are not counted
FROM care_episodes
GROUP BY child, period_no, placement_no;
