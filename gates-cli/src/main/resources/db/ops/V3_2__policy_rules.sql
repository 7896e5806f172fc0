-- A policy may carry the customer's declared rules (issue 14 point 4): the same YAML document as a rules file
-- (--rules / IPAI_NEUTRALIZE_RULES), applied to the policy's environment. NULL: no rules from the policy.
ALTER TABLE policies ADD COLUMN rules text;
