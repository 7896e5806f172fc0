-- A policy may require coverage (issue 14 point 2): installed modules holding credential-, URL- or host-shaped data
-- that no built-in target, module neutralize.sql or declared rule covers fail the run (verify exit 3, neutralize
-- exit 2), as --require-coverage / IPAI_REQUIRE_COVERAGE=YES do. NULL or false: the list is reported only.
ALTER TABLE policies ADD COLUMN require_coverage boolean;
