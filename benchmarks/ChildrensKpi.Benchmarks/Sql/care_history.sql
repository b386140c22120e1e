-- Periods of care and placements, as the SSDA903 guidance defines them (the library's CareHistory):
-- short breaks (LS V3, V4) are left out; a period of care begins at a child's first episode, at RNE S, and wherever an
-- episode does not start on the day the previous one ended (an open previous episode, DEC missing, continues into it);
-- a placement begins at a period's first episode and at RNE S, P or B (L, T and U continue it), temporary placements apart.
-- An open end is written 9999-12-31, so "ended after D" is end > D.
-- Temporary placements (PLACE T0-T4) are not placements: a run of them followed, in the same period, by an episode with
-- the PLACE the child had just before the run is a break within that placement (the run and the return continue it,
-- whatever the RNE); any other run is a placement of its own, and the episode after it begins a new one whatever its RNE.
CREATE OR REPLACE VIEW care_episodes AS
WITH ordered AS (
    SELECT child, decom, rne, place, coalesce(dec, DATE '9999-12-31') AS dec_or_open,
           lag(dec) OVER w AS previous_dec, row_number() OVER w AS n
    FROM episodes
    WHERE ls NOT IN ('V3', 'V4')
    WINDOW w AS (PARTITION BY child ORDER BY decom)
), flagged AS (
    SELECT *, (n = 1 OR rne = 'S' OR (previous_dec IS NOT NULL AND previous_dec <> decom)) AS new_period,
           place IN ('T0', 'T1', 'T2', 'T3', 'T4') AS temporary
    FROM ordered
), in_period AS (
    SELECT *, sum(new_period::INTEGER) OVER (PARTITION BY child ORDER BY decom ROWS UNBOUNDED PRECEDING) AS period_no
    FROM flagged
), around AS (
    SELECT *,
           lag(temporary) OVER pw AS previous_temporary,
           -- the PLACE of the last non-temporary episode before this one, and of the first after it, in the period
           last_value(CASE WHEN NOT temporary THEN place END IGNORE NULLS)
               OVER (pw ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS place_before,
           first_value(CASE WHEN NOT temporary THEN place END IGNORE NULLS)
               OVER (pw ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS place_after
    FROM in_period
    WINDOW pw AS (PARTITION BY child, period_no ORDER BY decom)
), starts AS (
    SELECT *,
           CASE
               WHEN new_period THEN TRUE
               -- a temporary run begins a placement unless the child goes back to the placement before it
               WHEN temporary THEN NOT previous_temporary AND coalesce(place_after <> place_before, TRUE)
               -- after a temporary run: the return continues the placement, any other episode moves
               WHEN previous_temporary THEN coalesce(place <> place_before, TRUE)
               ELSE rne IN ('S', 'P', 'B')
           END AS new_placement
    FROM around
)
SELECT child, decom, rne, place, dec_or_open, previous_dec, n, new_period, period_no,
       sum(new_placement::INTEGER) OVER w AS placement_no
FROM starts
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
