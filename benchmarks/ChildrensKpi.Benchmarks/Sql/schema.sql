-- The tables the headline suite reads, as loaded from SSDA903 and the children in need census, and the parameters
-- of one computation. Dates are DATE; an open episode has dec NULL; codes are the councils' codes as text.
CREATE OR REPLACE TABLE episodes (child VARCHAR, decom DATE, rne VARCHAR, ls VARCHAR, place VARCHAR, dec DATE);
CREATE OR REPLACE TABLE children (child VARCHAR, dob DATE);                         -- SSDA903 Header
CREATE OR REPLACE TABLE care_leavers (child VARCHAR, dob DATE, in_touch VARCHAR, activ VARCHAR, accom VARCHAR);  -- OC3
CREATE OR REPLACE TABLE assessments (child VARCHAR, referral DATE, type VARCHAR, start DATE, authorised DATE);
-- Working days of the calendar (England and Wales bank holidays, 1990-2040): n = working days on or before day,
-- so the working days after a start up to an end (the start being day 0) are n(end) - n(start).
CREATE OR REPLACE TABLE working_days (day DATE PRIMARY KEY, n INTEGER);
-- report_start and report_end bound the period (both inclusive; report_end is "31 March");
-- continuous_since = report_end - 30 months; two_years_before = report_end - 2 years.
CREATE OR REPLACE TABLE params (report_start DATE, report_end DATE, continuous_since DATE, two_years_before DATE,
                                ni59_days INTEGER, ni60_days INTEGER, cin45_days INTEGER, cin45_from_referral BOOLEAN);
