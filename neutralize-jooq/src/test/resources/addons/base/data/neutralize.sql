-- stands in for Odoo's own base file, which a built-in target mirrors: must never run (it would fail)
SELECT 1 / 0;
