UPDATE ipai_job SET note = 'broken was here';
UPDATE ipai_table_that_does_not_exist SET active = false;
