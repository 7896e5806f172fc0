-- A job queue's neutralization: jobs a copy's runner would pick up are cancelled; finished ones stay.
UPDATE ipai_job
   SET state = 'cancelled'
 WHERE state IN ('pending', 'enqueued');
