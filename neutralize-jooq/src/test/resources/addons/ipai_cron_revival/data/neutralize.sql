-- a careless module's file: it turns every scheduled action back on, undoing the crons target
UPDATE ir_cron SET active = true;
