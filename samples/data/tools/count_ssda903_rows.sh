#!/bin/sh
# Independent count of the data rows of each SSDA903 CSV given (every line after the header, the last counted even without
# a final newline; the public fake files quote no newline), to check the reader's row account against:
#   sh samples/data/tools/count_ssda903_rows.sh ../shared/conformance/ssda903/fake/*.csv
# Also prints the Episodes rows by PLACE code, the column the collection-year code lists most change.
for f in "$@"; do
  awk -v name="$(basename "$f")" 'END { print name, NR - 1 }' "$f"
done
for f in "$@"; do
  case "$(head -1 "$f")" in
    *DECOM*PLACE*) awk -F, 'NR > 1 { n[$6]++ } END { for (p in n) print "PLACE", p, n[p] }' "$f" | sort ;;
  esac
done
# Episodes rows with PLACE H5 or P2 (gone from 2024-25) whose DECOM, RNE and LS are valid, so that in a 2024-25 read
# the PLACE rule is the one that rejects them (the reader checks DECOM, RNE, LS, then PLACE).
for f in "$@"; do
  case "$(head -1 "$f")" in
    *DECOM*PLACE*) awk -F, 'NR > 1 && ($6 == "H5" || $6 == "P2") && $3 ~ /^(S|L|P|T|B|U)$/ &&
        $4 ~ /^(C1|C2|D1|E1|V2|V3|V4|L1|L2|L3|J1|J2|J3)$/ && $2 ~ /^[0-9][0-9]\/[0-9][0-9]\/[0-9][0-9][0-9][0-9]$/ { n[$6]++ }
        END { for (p in n) print "gone in 2024-25:", p, n[p] }' "$f" | sort ;;
  esac
done
