-- The latest outcome for every archive, with its reject count.
SELECT e.source_code, e.edition_date, e.archive_path, e.status, e.pages, e.articles, e.finished_at,
       (SELECT count(*) FROM etl_reject r WHERE r.archive_path = e.archive_path AND r.run_id = e.run_id) AS rejects,
       e.message
FROM etl_archive e
QUALIFY row_number() OVER (PARTITION BY e.archive_path ORDER BY e.finished_at DESC) = 1
ORDER BY e.source_code, e.edition_date;
