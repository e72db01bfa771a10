-- PostgreSQL only (run before V1; Derby never sees this folder): the portable migrations declare large text and
-- binary columns with the SQL standard types CLOB and BLOB, which PostgreSQL does not have. Domains of those names
-- over TEXT and BYTEA let the same migrations create the same schema here; the JDBC driver sees TEXT and BYTEA.
CREATE DOMAIN clob AS TEXT;
CREATE DOMAIN blob AS BYTEA;
