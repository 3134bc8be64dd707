-- Reference data: the organisations of the Dialogue and its editions, from the facts in shared/DOMAIN.md only.
-- Facts the source does not give (dates, host cities, most figures) stay NULL rather than guessed.
-- A versioned migration runs once per database, so a restart never duplicates these rows.

INSERT INTO organisation (id, version, acronym, name, kind, founded_year, headquarters, member_count, observer_count, motto) VALUES
 (1, 1, 'INTERPOL',  'International Criminal Police Organization', 'GLOBAL', NULL, NULL, NULL, NULL, NULL),
 (2, 1, 'AFRIPOL',   'African Mechanism for Police Cooperation', 'REGIONAL', NULL, 'Algiers', 54, NULL, NULL),
 (3, 1, 'AIMC',      'Arab Interior Ministers'' Council', 'REGIONAL', 1982, NULL, NULL, NULL, NULL),
 (4, 1, 'AMERIPOL',  'Community of Police Institutions of the Americas', 'REGIONAL', 2007, NULL, 28, 19, NULL),
 (5, 1, 'ASEANAPOL', 'ASEAN National Police', 'REGIONAL', 1981, NULL, 10, NULL, 'Together ensuring the security of our region'),
 (6, 1, 'EUROPOL',   'European Police Office', 'REGIONAL', 1998, NULL, NULL, NULL, NULL),
 (7, 1, 'GCCPOL',    'Law-enforcement branch of the Gulf Cooperation Council General Secretariat', 'REGIONAL', 1981, NULL, NULL, NULL, NULL),
 (8, 1, 'ECO',       'Economic Cooperation Organization', 'OTHER', NULL, NULL, NULL, NULL, NULL);

-- The Dialogue was set up by INTERPOL in 2016. The source names its third edition (planned for 2019) and the
-- edition before it, which set the four priority axes; the first edition is implied by that numbering.
INSERT INTO dialogue_edition (id, version, number, title, edition_year, planned_start, planned_end, status) VALUES
 (101, 1, 1, 'Dialogue on Effective Multilateral Policing Architecture against Global Threats', NULL, NULL, NULL, 'HELD'),
 (102, 1, 2, 'Dialogue on Effective Multilateral Policing Architecture against Global Threats', NULL, NULL, NULL, 'HELD'),
 (103, 1, 3, 'Dialogue on Effective Multilateral Policing Architecture against Global Threats', 2019, NULL, NULL, 'PLANNED');

INSERT INTO edition_participant (edition_id, organisation_id)
SELECT e.id, o.id FROM dialogue_edition e CROSS JOIN organisation o WHERE e.id IN (101, 102, 103);

INSERT INTO priority_axis (id, edition_id, position, title) VALUES
 (201, 102, 0, 'Harmonisation of strategic planning'),
 (202, 102, 1, 'Promotion of a "single national hub" for regional cooperation and cooperation with INTERPOL'),
 (203, 102, 2, 'Streamlined access to information systems in the field'),
 (204, 102, 3, 'A common definition of global policing standards for forensics');
