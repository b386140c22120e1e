-- The SSDA903 folder loaded as an analyst would with DuckDB, into the tables of schema.sql: each table's files of every
-- year in one read_csv (a glob; columns and date format given, so nothing is sniffed). An episode open at a year's end
-- is in both years' Episodes files, DEC and REC empty in the earlier: the copies are merged by CHILD and DECOM taking
-- the filled values, as the library's reader does. A child's Header row is in every year they have an episode in, and
-- OC3 rows are merged by CHILD the same way. {ssda903} is replaced by the folder.
CREATE OR REPLACE TABLE episodes AS
SELECT "CHILD" AS child, "DECOM" AS decom, any_value("RNE") AS rne, any_value("LS") AS ls, any_value("PLACE") AS place,
       max("DEC") AS dec
FROM read_csv('{ssda903}/episodes_*.csv', header = true, dateformat = '%d/%m/%Y',
    columns = {'CHILD': 'VARCHAR', 'DECOM': 'DATE', 'RNE': 'VARCHAR', 'LS': 'VARCHAR', 'CIN': 'VARCHAR', 'PLACE': 'VARCHAR',
               'PLACE_PROVIDER': 'VARCHAR', 'DEC': 'DATE', 'REC': 'VARCHAR', 'REASON_PLACE_CHANGE': 'VARCHAR',
               'HOME_POST': 'VARCHAR', 'PL_POST': 'VARCHAR', 'URN': 'VARCHAR'})
GROUP BY ALL;

CREATE OR REPLACE TABLE children AS
SELECT "CHILD" AS child, any_value("DOB") AS dob
FROM read_csv('{ssda903}/header_*.csv', header = true, dateformat = '%d/%m/%Y',
    columns = {'CHILD': 'VARCHAR', 'SEX': 'VARCHAR', 'DOB': 'DATE', 'ETHNIC': 'VARCHAR', 'UPN': 'VARCHAR',
               'MOTHER': 'VARCHAR', 'MC_DOB': 'DATE'})
GROUP BY ALL;

CREATE OR REPLACE TABLE care_leavers AS
SELECT "CHILD" AS child, any_value("DOB") AS dob, any_value("IN_TOUCH") AS in_touch, any_value("ACTIV") AS activ,
       any_value("ACCOM") AS accom
FROM read_csv('{ssda903}/oc3_*.csv', header = true, dateformat = '%d/%m/%Y',
    columns = {'CHILD': 'VARCHAR', 'DOB': 'DATE', 'IN_TOUCH': 'VARCHAR', 'ACTIV': 'VARCHAR', 'ACCOM': 'VARCHAR'})
GROUP BY ALL;
