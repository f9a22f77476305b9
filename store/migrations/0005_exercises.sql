-- Learn's exercises: enabling self-check results and self-care ratings.
SELECT 1;
