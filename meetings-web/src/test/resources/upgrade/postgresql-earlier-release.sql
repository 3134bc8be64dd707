--
-- PostgreSQL database dump
--

\restrict XfpVyI4Al2s1dbjWSgzShSQWwKEYfwJHNg0drNRMWhZ5ofGgh5FpMvxSSySJtcf

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: action_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_item (
    id bigint NOT NULL,
    version bigint NOT NULL,
    minutes_id bigint NOT NULL,
    meeting_id bigint NOT NULL,
    edition_id bigint,
    "position" integer NOT NULL,
    title character varying(500) NOT NULL,
    owner_organisation_id bigint NOT NULL,
    focal_point character varying(200) NOT NULL,
    due_date date NOT NULL,
    status character varying(20) NOT NULL,
    decision_number integer,
    priority_axis_id bigint,
    search_text character varying(1000)
);


--
-- Name: action_update; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_update (
    id bigint NOT NULL,
    action_id bigint NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(60) NOT NULL,
    from_status character varying(20) NOT NULL,
    to_status character varying(20) NOT NULL,
    note character varying(2000)
);


--
-- Name: agenda_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agenda_item (
    id bigint NOT NULL,
    meeting_id bigint,
    "position" integer,
    title character varying(300) NOT NULL,
    presenter_id bigint,
    planned_minutes integer NOT NULL,
    notes character varying(4000),
    kind character varying(10) DEFAULT 'ITEM'::character varying NOT NULL,
    CONSTRAINT agenda_item_positive_duration CHECK ((planned_minutes > 0)),
    CONSTRAINT ck_agenda_item_kind CHECK (((kind)::text = ANY ((ARRAY['ITEM'::character varying, 'BREAK'::character varying])::text[])))
);


--
-- Name: agreement_party; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agreement_party (
    agreement_id bigint NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: agreement_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agreement_scope (
    agreement_id bigint NOT NULL,
    scope character varying(40) NOT NULL
);


--
-- Name: application_secret; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_secret (
    name character varying(60) NOT NULL,
    secret_value character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: approval_round; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.approval_round (
    id bigint NOT NULL,
    minutes_id bigint,
    number integer NOT NULL,
    circulated_at timestamp with time zone NOT NULL,
    circulated_by character varying(60) NOT NULL,
    deadline timestamp with time zone NOT NULL,
    closed_at timestamp with time zone,
    outcome character varying(30),
    revision_reason character varying(2000)
);


--
-- Name: audit_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_entry (
    id bigint NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    actor character varying(60) NOT NULL,
    action character varying(40) NOT NULL,
    record_kind character varying(40),
    record_id bigint,
    changes character varying(8000)
);


--
-- Name: axis_progress; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axis_progress (
    id bigint NOT NULL,
    version bigint NOT NULL,
    priority_axis_id bigint NOT NULL,
    organisation_id bigint NOT NULL,
    progress_year integer NOT NULL,
    status character varying(20) NOT NULL,
    comment_text character varying(2000),
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(60) NOT NULL
);


--
-- Name: cooperation_agreement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cooperation_agreement (
    id bigint NOT NULL,
    version bigint NOT NULL,
    title character varying(300) NOT NULL,
    kind character varying(20) NOT NULL,
    signed_on date,
    status character varying(20) NOT NULL,
    summary character varying(4000)
);


--
-- Name: dialogue_edition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dialogue_edition (
    id bigint NOT NULL,
    version bigint NOT NULL,
    number integer NOT NULL,
    title character varying(300) NOT NULL,
    edition_year integer,
    planned_start date,
    planned_end date,
    venue_name character varying(200),
    venue_room character varying(100),
    venue_city character varying(100),
    venue_country character varying(100),
    time_zone character varying(60),
    status character varying(20) NOT NULL
);


--
-- Name: edition_participant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.edition_participant (
    edition_id bigint NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: id_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.id_sequence
    START WITH 1000
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: invitation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invitation (
    id bigint NOT NULL,
    version bigint NOT NULL,
    meeting_id bigint NOT NULL,
    person_id bigint NOT NULL,
    status character varying(20) NOT NULL,
    invited_at timestamp with time zone NOT NULL,
    invited_by character varying(60) NOT NULL,
    responded_at timestamp with time zone,
    responded_by character varying(100)
);


--
-- Name: mail_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_outbox (
    id bigint NOT NULL,
    version bigint NOT NULL,
    dedup_key character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    meeting_id bigint,
    person_id bigint,
    recipient_name character varying(200),
    recipient_address character varying(254),
    subject character varying(500) NOT NULL,
    body character varying(20000) NOT NULL,
    attachment_ics character varying(200000),
    attachment_method character varying(10),
    status character varying(20) NOT NULL,
    queued_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone,
    claimed_by character varying(100),
    claimed_until timestamp with time zone,
    last_error character varying(2000),
    sent_at timestamp with time zone
);


--
-- Name: meeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting (
    id bigint NOT NULL,
    version bigint NOT NULL,
    kind character varying(40) NOT NULL,
    title character varying(300) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    time_zone character varying(60) NOT NULL,
    venue_name character varying(200),
    venue_room character varying(100),
    venue_city character varying(100),
    venue_country character varying(100),
    status character varying(20) NOT NULL,
    edition_id bigint,
    agreement_id bigint,
    classification character varying(20) DEFAULT 'RESTRICTED'::character varying NOT NULL,
    calendar_sequence integer DEFAULT 0 NOT NULL,
    room_key character varying(420),
    CONSTRAINT meeting_ends_after_start CHECK ((ends_at > starts_at))
);


--
-- Name: meeting_access; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_access (
    meeting_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: meeting_attendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_attendance (
    id bigint NOT NULL,
    version bigint NOT NULL,
    meeting_id bigint NOT NULL,
    person_id bigint NOT NULL,
    status character varying(20) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    recorded_by character varying(60) NOT NULL
);


--
-- Name: meeting_co_organiser; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_co_organiser (
    meeting_id bigint NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: minutes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.minutes (
    id bigint NOT NULL,
    version bigint NOT NULL,
    meeting_id bigint NOT NULL,
    revision integer NOT NULL,
    correction_reason character varying(2000),
    state character varying(20) NOT NULL,
    opened_at timestamp with time zone NOT NULL,
    opened_by character varying(60) NOT NULL,
    saved_at timestamp with time zone NOT NULL,
    saved_by character varying(60) NOT NULL,
    shared_at timestamp with time zone,
    approved_at timestamp with time zone,
    approved_text character varying(1000000),
    approved_sha256 character(64),
    superseded_at timestamp with time zone,
    language character varying(2) DEFAULT 'en'::character varying NOT NULL,
    approved_signature character varying(1000),
    approved_key_id character(64),
    CONSTRAINT minutes_approved_has_hash CHECK ((((state)::text <> ALL ((ARRAY['APPROVED'::character varying, 'SUPERSEDED'::character varying])::text[])) OR (approved_sha256 IS NOT NULL))),
    CONSTRAINT minutes_language_known CHECK (((language)::text = ANY ((ARRAY['en'::character varying, 'fr'::character varying, 'es'::character varying, 'ar'::character varying])::text[]))),
    CONSTRAINT minutes_signature_has_key CHECK ((((approved_signature IS NULL) AND (approved_key_id IS NULL)) OR ((approved_signature IS NOT NULL) AND (approved_key_id IS NOT NULL))))
);


--
-- Name: minutes_attendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.minutes_attendance (
    id bigint NOT NULL,
    minutes_id bigint,
    "position" integer,
    full_name character varying(200) NOT NULL,
    organisation_id bigint NOT NULL,
    status character varying(20) NOT NULL,
    unannounced boolean NOT NULL
);


--
-- Name: minutes_decision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.minutes_decision (
    id bigint NOT NULL,
    minutes_id bigint,
    "position" integer,
    decision_text character varying(4000) NOT NULL,
    agenda_item_id bigint,
    priority_axis_id bigint,
    search_text character varying(4000)
);


--
-- Name: minutes_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.minutes_item (
    id bigint NOT NULL,
    minutes_id bigint,
    "position" integer,
    agenda_item_id bigint,
    title character varying(300) NOT NULL,
    notes_html character varying(200000),
    search_text character varying(200000)
);


--
-- Name: minutes_translation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.minutes_translation (
    id bigint NOT NULL,
    version bigint NOT NULL,
    minutes_id bigint NOT NULL,
    language character varying(2) NOT NULL,
    body_html character varying(1000000) NOT NULL,
    status character varying(20) NOT NULL,
    written_at timestamp with time zone NOT NULL,
    written_by character varying(60) NOT NULL,
    verified_at timestamp with time zone,
    verified_by character varying(60),
    CONSTRAINT minutes_translation_language_known CHECK (((language)::text = ANY ((ARRAY['en'::character varying, 'fr'::character varying, 'es'::character varying, 'ar'::character varying])::text[]))),
    CONSTRAINT minutes_translation_verified_has_verifier CHECK ((((status)::text <> 'VERIFIED'::text) OR ((verified_at IS NOT NULL) AND (verified_by IS NOT NULL))))
);


--
-- Name: minutes_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.minutes_version (
    id bigint NOT NULL,
    minutes_id bigint NOT NULL,
    number integer NOT NULL,
    saved_at timestamp with time zone NOT NULL,
    saved_by character varying(60) NOT NULL,
    content character varying(1000000) NOT NULL
);


--
-- Name: organisation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organisation (
    id bigint NOT NULL,
    version bigint NOT NULL,
    acronym character varying(20) NOT NULL,
    name character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    founded_year integer,
    headquarters character varying(100),
    member_count integer,
    observer_count integer,
    motto character varying(300)
);


--
-- Name: participant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.participant (
    id bigint NOT NULL,
    meeting_id bigint,
    full_name character varying(200) NOT NULL,
    organisation_id bigint NOT NULL,
    role character varying(30) NOT NULL,
    person_id bigint
);


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id bigint NOT NULL,
    version bigint NOT NULL,
    organisation_id bigint NOT NULL,
    full_name character varying(200) NOT NULL,
    job_function character varying(200),
    email character varying(254),
    phone character varying(40),
    preferred_language character varying(10)
);


--
-- Name: priority_axis; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.priority_axis (
    id bigint NOT NULL,
    edition_id bigint,
    "position" integer,
    title character varying(300) NOT NULL
);


--
-- Name: round_answer; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.round_answer (
    id bigint NOT NULL,
    round_id bigint,
    organisation_id bigint NOT NULL,
    answer character varying(30) NOT NULL,
    answered_by character varying(60),
    answered_at timestamp with time zone,
    comment_text character varying(4000),
    agenda_item_id bigint,
    reply_text character varying(4000),
    replied_by character varying(60),
    replied_at timestamp with time zone
);


--
-- Name: search_term; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_term (
    term character varying(60) NOT NULL,
    record_kind character varying(20) NOT NULL,
    record_id bigint NOT NULL,
    minutes_id bigint NOT NULL
);


--
-- Name: sign_in_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sign_in_throttle (
    username character varying(60) NOT NULL,
    version bigint NOT NULL,
    failures integer NOT NULL,
    window_start timestamp with time zone NOT NULL,
    locked_until timestamp with time zone
);


--
-- Name: signing_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.signing_key (
    key_id character(64) NOT NULL,
    algorithm character varying(30) NOT NULL,
    public_key_pem character varying(4000) NOT NULL,
    published_at timestamp with time zone NOT NULL,
    first_used_at timestamp with time zone
);


--
-- Name: user_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_account (
    id bigint NOT NULL,
    version bigint NOT NULL,
    username character varying(60) NOT NULL,
    full_name character varying(200) NOT NULL,
    password_hash character varying(300) NOT NULL,
    role character varying(20) NOT NULL,
    organisation_id bigint,
    enabled boolean NOT NULL,
    must_change_password boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    password_changed_at timestamp with time zone,
    person_id bigint,
    time_zone character varying(60),
    calendar_feed_hash character varying(64),
    calendar_feed_issued_at timestamp with time zone,
    language character varying(5),
    CONSTRAINT user_account_organisation_for_role CHECK ((((role)::text <> ALL ((ARRAY['DELEGATE'::character varying, 'OBSERVER'::character varying])::text[])) OR (organisation_id IS NOT NULL)))
);


--
-- Data for Name: action_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.action_item (id, version, minutes_id, meeting_id, edition_id, "position", title, owner_organisation_id, focal_point, due_date, status, decision_number, priority_axis_id, search_text) FROM stdin;
976	1	969	963	\N	0	AFRIPOL action of meeting 963	2	Amina Haddad	2031-06-30	OPEN	1	\N	afripol action of meeting 963 amina haddad
977	1	969	963	\N	1	EUROPOL action of meeting 963	6	Jan Visser	2031-09-30	OPEN	1	\N	europol action of meeting 963 jan visser
1003	1	995	989	\N	1	EUROPOL action of meeting 989	6	Jan Visser	2031-09-30	OPEN	1	\N	europol action of meeting 989 jan visser
1002	1	995	989	\N	0	AFRIPOL action of meeting 989	2	Amina Haddad	2031-06-30	OPEN	1	\N	afripol action of meeting 989 amina haddad
1027	1	1019	1013	\N	1	EUROPOL action of meeting 1013	6	Jan Visser	2031-09-30	OPEN	1	\N	europol action of meeting 1013 jan visser
1026	1	1019	1013	\N	0	AFRIPOL action of meeting 1013	2	Amina Haddad	2031-06-30	OPEN	1	\N	afripol action of meeting 1013 amina haddad
\.


--
-- Data for Name: action_update; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.action_update (id, action_id, updated_at, updated_by, from_status, to_status, note) FROM stdin;
\.


--
-- Data for Name: agenda_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.agenda_item (id, meeting_id, "position", title, presenter_id, planned_minutes, notes, kind) FROM stdin;
965	963	0	Opening	\N	15	\N	ITEM
967	963	1	Threat assessment	\N	60	\N	ITEM
991	989	0	Opening	\N	15	\N	ITEM
993	989	1	Threat assessment	\N	60	\N	ITEM
1015	1013	0	Opening	\N	15	\N	ITEM
1017	1013	1	Threat assessment	\N	60	\N	ITEM
1037	1035	0	Opening	\N	15	\N	ITEM
1039	1035	1	Threat assessment	\N	60	\N	ITEM
\.


--
-- Data for Name: agreement_party; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.agreement_party (agreement_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: agreement_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.agreement_scope (agreement_id, scope) FROM stdin;
\.


--
-- Data for Name: application_secret; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application_secret (name, secret_value, created_at) FROM stdin;
\.


--
-- Data for Name: approval_round; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.approval_round (id, minutes_id, number, circulated_at, circulated_by, deadline, closed_at, outcome, revision_reason) FROM stdin;
980	969	1	2026-12-06 15:00:22.971196+00	upgrade.secretariat	2026-12-13 15:00:22.964804+00	2026-12-06 15:00:26.499413+00	APPROVED	\N
1006	995	1	2026-12-06 15:00:26.84228+00	upgrade.secretariat	2026-12-13 15:00:26.838957+00	2026-12-06 15:00:26.896183+00	APPROVED	\N
1030	1019	1	2026-12-06 15:00:27.034392+00	upgrade.secretariat	2026-12-13 15:00:27.030938+00	\N	\N	\N
\.


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entry (id, occurred_at, actor, action, record_kind, record_id, changes) FROM stdin;
952	2026-12-06 15:00:00.112619+00	system	USER_CREATE	User	951	first administrator, password from meetings.admin.password
953	2026-12-06 15:00:05.364142+00	admin	SIGN_IN	User	951	\N
955	2026-12-06 15:00:07.268299+00	admin	USER_CREATE	User	954	username: upgrade.secretariat\nfullName: Upgrade Secretariat\nrole: SECRETARIAT\nenabled: true\nmustChangePassword: true
957	2026-12-06 15:00:11.160928+00	admin	USER_CREATE	User	956	username: upgrade.afripol\nfullName: Amina Haddad\nrole: DELEGATE\norganisation: AFRIPOL\nenabled: true\nmustChangePassword: true
959	2026-12-06 15:00:14.56159+00	admin	USER_CREATE	User	958	username: upgrade.europol\nfullName: Jan Visser\nrole: DELEGATE\norganisation: EUROPOL\nenabled: true\nmustChangePassword: true
961	2026-12-06 15:00:18.096145+00	admin	USER_CREATE	User	960	username: upgrade.observer\nfullName: Observer of AMERIPOL\nrole: OBSERVER\norganisation: AMERIPOL\nenabled: true\nmustChangePassword: true
962	2026-12-06 15:00:22.260232+00	upgrade.secretariat	SIGN_IN	User	954	\N
964	2026-12-06 15:00:22.496773+00	upgrade.secretariat	CREATE	Meeting	963	kind: JOINT_OPERATIONAL_MEETING\ntitle: Upgrade fixture: AFRIPOL–EUROPOL threat assessment\nstartsAt: 2031-03-17T08:30:00Z\nendsAt: 2031-03-17T16:00:00Z\ntimeZone: Europe/Paris\nvenue: Lyon, France\nstatus: SCHEDULED\nclassification: RESTRICTED\ncoOrganisers: AFRIPOL, EUROPOL
966	2026-12-06 15:00:22.56586+00	upgrade.secretariat	UPDATE	Meeting	963	agenda: ∅ → Opening (15 min)
968	2026-12-06 15:00:22.582434+00	upgrade.secretariat	UPDATE	Meeting	963	agenda: Opening (15 min) → Opening (15 min); Threat assessment (60 min)
972	2026-12-06 15:00:22.712564+00	upgrade.secretariat	CREATE	Minutes	969	meeting: 963\nrevision: 1\nstate: DRAFT\nlanguage: en\nitems with notes: 0\nattendance: 0\ndecisions: 0
973	2026-12-06 15:00:22.750188+00	upgrade.secretariat	UPDATE	Minutes	969	
978	2026-12-06 15:00:22.927601+00	upgrade.secretariat	UPDATE	Minutes	969	items with notes: 0 → 2\ndecisions: 0 → 1
983	2026-12-06 15:00:22.992175+00	upgrade.secretariat	STATE_CHANGE	Minutes	969	state: DRAFT → CIRCULATED\nround: ∅ → 1\ndeadline: ∅ → 2026-12-13T15:00:22.964803816Z\nwhy: circulated until 2026-12-13T15:00:22.964803816Z
984	2026-12-06 15:00:24.683268+00	upgrade.afripol	SIGN_IN	User	956	\N
985	2026-12-06 15:00:24.745585+00	upgrade.afripol	STATE_CHANGE	Minutes	969	why: approved for AFRIPOL
986	2026-12-06 15:00:26.419667+00	upgrade.europol	SIGN_IN	User	958	\N
987	2026-12-06 15:00:26.633097+00	upgrade.europol	STATE_CHANGE	Minutes	969	state: CIRCULATED → APPROVED\nsha256: ∅ → fee16d5cb8f99cfc7264ef0fa3771af06ed89d227f95f948b734aa5aacb4c2b0\nsigning key: ∅ → b77ed9db141165ab284368a24b97466366c48cb2784424c3980847f6d53d70e5\nwhy: every organisation approved
988	2026-12-06 15:00:26.641819+00	upgrade.europol	STATE_CHANGE	Minutes	969	state: CIRCULATED → APPROVED\nsha256: ∅ → fee16d5cb8f99cfc7264ef0fa3771af06ed89d227f95f948b734aa5aacb4c2b0\nsigning key: ∅ → b77ed9db141165ab284368a24b97466366c48cb2784424c3980847f6d53d70e5\nwhy: approved for EUROPOL
990	2026-12-06 15:00:26.676315+00	upgrade.secretariat	CREATE	Meeting	989	kind: JOINT_OPERATIONAL_MEETING\ntitle: Réunion de suivi AFRIPOL–EUROPOL (fixture de mise à niveau)\nstartsAt: 2031-04-14T07:30:00Z\nendsAt: 2031-04-14T15:00:00Z\ntimeZone: Europe/Paris\nvenue: Lyon, France\nstatus: SCHEDULED\nclassification: RESTRICTED\ncoOrganisers: AFRIPOL, EUROPOL
992	2026-12-06 15:00:26.690833+00	upgrade.secretariat	UPDATE	Meeting	989	agenda: ∅ → Opening (15 min)
994	2026-12-06 15:00:26.725854+00	upgrade.secretariat	UPDATE	Meeting	989	agenda: Opening (15 min) → Opening (15 min); Threat assessment (60 min)
998	2026-12-06 15:00:26.751454+00	upgrade.secretariat	CREATE	Minutes	995	meeting: 989\nrevision: 1\nstate: DRAFT\nlanguage: fr\nitems with notes: 0\nattendance: 0\ndecisions: 0
999	2026-12-06 15:00:26.769462+00	upgrade.secretariat	UPDATE	Minutes	995	
1004	2026-12-06 15:00:26.810042+00	upgrade.secretariat	UPDATE	Minutes	995	items with notes: 0 → 2\ndecisions: 0 → 1
1009	2026-12-06 15:00:26.852431+00	upgrade.secretariat	STATE_CHANGE	Minutes	995	state: DRAFT → CIRCULATED\nround: ∅ → 1\ndeadline: ∅ → 2026-12-13T15:00:26.838956515Z\nwhy: circulated until 2026-12-13T15:00:26.838956515Z
1010	2026-12-06 15:00:26.875103+00	upgrade.europol	STATE_CHANGE	Minutes	995	why: approved for EUROPOL
1011	2026-12-06 15:00:26.902322+00	upgrade.afripol	STATE_CHANGE	Minutes	995	state: CIRCULATED → APPROVED\nsha256: ∅ → 05c021b3d494acfedb7e3e4e3562cfe64de4a8442ece894de7dd0a2f622ec766\nsigning key: ∅ → b77ed9db141165ab284368a24b97466366c48cb2784424c3980847f6d53d70e5\nwhy: every organisation approved
1012	2026-12-06 15:00:26.903516+00	upgrade.afripol	STATE_CHANGE	Minutes	995	state: CIRCULATED → APPROVED\nsha256: ∅ → 05c021b3d494acfedb7e3e4e3562cfe64de4a8442ece894de7dd0a2f622ec766\nsigning key: ∅ → b77ed9db141165ab284368a24b97466366c48cb2784424c3980847f6d53d70e5\nwhy: approved for AFRIPOL
1014	2026-12-06 15:00:26.925538+00	upgrade.secretariat	CREATE	Meeting	1013	kind: JOINT_OPERATIONAL_MEETING\ntitle: Upgrade fixture: minutes in circulation\nstartsAt: 2031-05-12T07:30:00Z\nendsAt: 2031-05-12T15:00:00Z\ntimeZone: Europe/Paris\nvenue: Lyon, France\nstatus: SCHEDULED\nclassification: RESTRICTED\ncoOrganisers: AFRIPOL, EUROPOL
1016	2026-12-06 15:00:26.936103+00	upgrade.secretariat	UPDATE	Meeting	1013	agenda: ∅ → Opening (15 min)
1018	2026-12-06 15:00:26.946261+00	upgrade.secretariat	UPDATE	Meeting	1013	agenda: Opening (15 min) → Opening (15 min); Threat assessment (60 min)
1022	2026-12-06 15:00:26.96503+00	upgrade.secretariat	CREATE	Minutes	1019	meeting: 1013\nrevision: 1\nstate: DRAFT\nlanguage: en\nitems with notes: 0\nattendance: 0\ndecisions: 0
1023	2026-12-06 15:00:26.979136+00	upgrade.secretariat	UPDATE	Minutes	1019	
1028	2026-12-06 15:00:27.00535+00	upgrade.secretariat	UPDATE	Minutes	1019	items with notes: 0 → 2\ndecisions: 0 → 1
1033	2026-12-06 15:00:27.043998+00	upgrade.secretariat	STATE_CHANGE	Minutes	1019	state: DRAFT → CIRCULATED\nround: ∅ → 1\ndeadline: ∅ → 2026-12-13T15:00:27.030938306Z\nwhy: circulated until 2026-12-13T15:00:27.030938306Z
1034	2026-12-06 15:00:27.088147+00	upgrade.afripol	STATE_CHANGE	Minutes	1019	why: approved for AFRIPOL
1036	2026-12-06 15:00:27.105861+00	upgrade.secretariat	CREATE	Meeting	1035	kind: JOINT_OPERATIONAL_MEETING\ntitle: Upgrade fixture: meeting without minutes\nstartsAt: 2031-06-09T07:30:00Z\nendsAt: 2031-06-09T15:00:00Z\ntimeZone: Europe/Paris\nvenue: Lyon, France\nstatus: SCHEDULED\nclassification: RESTRICTED\ncoOrganisers: AFRIPOL, EUROPOL
1038	2026-12-06 15:00:27.113834+00	upgrade.secretariat	UPDATE	Meeting	1035	agenda: ∅ → Opening (15 min)
1040	2026-12-06 15:00:27.129702+00	upgrade.secretariat	UPDATE	Meeting	1035	agenda: Opening (15 min) → Opening (15 min); Threat assessment (60 min)
\.


--
-- Data for Name: axis_progress; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axis_progress (id, version, priority_axis_id, organisation_id, progress_year, status, comment_text, updated_at, updated_by) FROM stdin;
\.


--
-- Data for Name: cooperation_agreement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cooperation_agreement (id, version, title, kind, signed_on, status, summary) FROM stdin;
\.


--
-- Data for Name: dialogue_edition; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dialogue_edition (id, version, number, title, edition_year, planned_start, planned_end, venue_name, venue_room, venue_city, venue_country, time_zone, status) FROM stdin;
101	1	1	Dialogue on Effective Multilateral Policing Architecture against Global Threats	\N	\N	\N	\N	\N	\N	\N	\N	HELD
102	1	2	Dialogue on Effective Multilateral Policing Architecture against Global Threats	\N	\N	\N	\N	\N	\N	\N	\N	HELD
103	1	3	Dialogue on Effective Multilateral Policing Architecture against Global Threats	2019	\N	\N	\N	\N	\N	\N	\N	PLANNED
\.


--
-- Data for Name: edition_participant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.edition_participant (edition_id, organisation_id) FROM stdin;
101	1
102	1
103	1
101	2
102	2
103	2
101	3
102	3
103	3
101	4
102	4
103	4
101	5
102	5
103	5
101	6
102	6
103	6
101	7
102	7
103	7
101	8
102	8
103	8
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	1	initial schema	SQL	V1__initial_schema.sql	-1176784546	upgrade_it	2026-12-06 14:59:55.653118	127	t
2	2	reference data	SQL	V2__reference_data.sql	-108962928	upgrade_it	2026-12-06 14:59:55.837035	7	t
3	3	accounts need to know and audit	SQL	V3__accounts_need_to_know_and_audit.sql	303173636	upgrade_it	2026-12-06 14:59:55.864312	56	t
4	4	minutes approval actions register	SQL	V4__minutes_approval_actions_register.sql	-994454066	upgrade_it	2026-12-06 14:59:55.939528	121	t
5	5	people and invitations	SQL	V5__people_and_invitations.sql	2057451833	upgrade_it	2026-12-06 14:59:56.081098	30	t
6	7	time zones and timed agenda	SQL	V7__time_zones_and_timed_agenda.sql	1113218210	upgrade_it	2026-12-06 14:59:56.124039	9	t
7	8	room conflicts	SQL	V8__room_conflicts.sql	1012610211	upgrade_it	2026-12-06 14:59:56.161852	8	t
8	9	invitation replies and attendance	SQL	V9__invitation_replies_and_attendance.sql	1965367522	upgrade_it	2026-12-06 14:59:56.187456	23	t
9	10	calendar feeds	SQL	V10__calendar_feeds.sql	-1734293746	upgrade_it	2026-12-06 14:59:56.228085	15	t
10	11	mail outbox	SQL	V11__mail_outbox.sql	1446986477	upgrade_it	2026-12-06 14:59:56.2538	27	t
11	12	user language	SQL	V12__user_language.sql	-114288862	upgrade_it	2026-12-06 14:59:56.296258	2	t
12	13	minutes languages and translations	SQL	V13__minutes_languages_and_translations.sql	397358979	upgrade_it	2026-12-06 14:59:56.310062	12	t
13	14	minutes signatures	SQL	V14__minutes_signatures.sql	1184778729	upgrade_it	2026-12-06 14:59:56.33628	10	t
\.


--
-- Data for Name: invitation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.invitation (id, version, meeting_id, person_id, status, invited_at, invited_by, responded_at, responded_by) FROM stdin;
\.


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mail_outbox (id, version, dedup_key, kind, meeting_id, person_id, recipient_name, recipient_address, subject, body, attachment_ics, attachment_method, status, queued_at, due_at, attempts, next_attempt_at, claimed_by, claimed_until, last_error, sent_at) FROM stdin;
\.


--
-- Data for Name: meeting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.meeting (id, version, kind, title, starts_at, ends_at, time_zone, venue_name, venue_room, venue_city, venue_country, status, edition_id, agreement_id, classification, calendar_sequence, room_key) FROM stdin;
963	3	JOINT_OPERATIONAL_MEETING	Upgrade fixture: AFRIPOL–EUROPOL threat assessment	2031-03-17 08:30:00+00	2031-03-17 16:00:00+00	Europe/Paris	\N	\N	Lyon	France	SCHEDULED	\N	\N	RESTRICTED	0	\N
989	3	JOINT_OPERATIONAL_MEETING	Réunion de suivi AFRIPOL–EUROPOL (fixture de mise à niveau)	2031-04-14 07:30:00+00	2031-04-14 15:00:00+00	Europe/Paris	\N	\N	Lyon	France	SCHEDULED	\N	\N	RESTRICTED	0	\N
1013	3	JOINT_OPERATIONAL_MEETING	Upgrade fixture: minutes in circulation	2031-05-12 07:30:00+00	2031-05-12 15:00:00+00	Europe/Paris	\N	\N	Lyon	France	SCHEDULED	\N	\N	RESTRICTED	0	\N
1035	3	JOINT_OPERATIONAL_MEETING	Upgrade fixture: meeting without minutes	2031-06-09 07:30:00+00	2031-06-09 15:00:00+00	Europe/Paris	\N	\N	Lyon	France	SCHEDULED	\N	\N	RESTRICTED	0	\N
\.


--
-- Data for Name: meeting_access; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.meeting_access (meeting_id, user_id) FROM stdin;
\.


--
-- Data for Name: meeting_attendance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.meeting_attendance (id, version, meeting_id, person_id, status, recorded_at, recorded_by) FROM stdin;
\.


--
-- Data for Name: meeting_co_organiser; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.meeting_co_organiser (meeting_id, organisation_id) FROM stdin;
963	2
963	6
989	2
989	6
1013	2
1013	6
1035	2
1035	6
\.


--
-- Data for Name: minutes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.minutes (id, version, meeting_id, revision, correction_reason, state, opened_at, opened_by, saved_at, saved_by, shared_at, approved_at, approved_text, approved_sha256, superseded_at, language, approved_signature, approved_key_id) FROM stdin;
969	6	963	1	\N	APPROVED	2026-12-06 15:00:22.683882+00	upgrade.secretariat	2026-12-06 15:00:22.917824+00	upgrade.secretariat	2026-12-06 15:00:22.971196+00	2026-12-06 15:00:26.499413+00	MINUTES\nFormat: dialogue-minutes/1\nMeeting: Upgrade fixture: AFRIPOL–EUROPOL threat assessment\nMeeting id: 963\nKind: JOINT_OPERATIONAL_MEETING\nRevision: 1\nStarts: 2031-03-17T09:30 Europe/Paris\nEnds: 2031-03-17T17:00 Europe/Paris\nVenue: Lyon, France\n\nATTENDANCE\n\nAGENDA AND NOTES\n1. Opening\n<p>Notes on « Opening » — meeting 963.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n2. Threat assessment\n<p>Notes on « Threat assessment » — meeting 963.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n\nDECISIONS\n1. Decision of meeting 963: a joint analysis cell\n\nACTIONS\n1. AFRIPOL action of meeting 963 | owner: AFRIPOL | focal point: Amina Haddad | due: 2031-06-30 | decision: 1\n2. EUROPOL action of meeting 963 | owner: EUROPOL | focal point: Jan Visser | due: 2031-09-30 | decision: 1\n	fee16d5cb8f99cfc7264ef0fa3771af06ed89d227f95f948b734aa5aacb4c2b0	\N	en	MEYCIQDsnLcG+TlW3S/FiQyHICWpf6L8wYx5CQuLJ0F6VGTrZQIhANHXhsWnj/l0LROyz/JgBOlV0niHBQExO9RkkCIaGoJE	b77ed9db141165ab284368a24b97466366c48cb2784424c3980847f6d53d70e5
995	6	989	1	\N	APPROVED	2026-12-06 15:00:26.747652+00	upgrade.secretariat	2026-12-06 15:00:26.802293+00	upgrade.secretariat	2026-12-06 15:00:26.84228+00	2026-12-06 15:00:26.896183+00	MINUTES\nFormat: dialogue-minutes/1\nMeeting: Réunion de suivi AFRIPOL–EUROPOL (fixture de mise à niveau)\nMeeting id: 989\nKind: JOINT_OPERATIONAL_MEETING\nRevision: 1\nLanguage: fr\nStarts: 2031-04-14T09:30 Europe/Paris\nEnds: 2031-04-14T17:00 Europe/Paris\nVenue: Lyon, France\n\nATTENDANCE\n\nAGENDA AND NOTES\n1. Opening\n<p>Notes on « Opening » — meeting 989.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n2. Threat assessment\n<p>Notes on « Threat assessment » — meeting 989.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n\nDECISIONS\n1. Decision of meeting 989: a joint analysis cell\n\nACTIONS\n1. AFRIPOL action of meeting 989 | owner: AFRIPOL | focal point: Amina Haddad | due: 2031-06-30 | decision: 1\n2. EUROPOL action of meeting 989 | owner: EUROPOL | focal point: Jan Visser | due: 2031-09-30 | decision: 1\n	05c021b3d494acfedb7e3e4e3562cfe64de4a8442ece894de7dd0a2f622ec766	\N	fr	MEYCIQCqznZdmPBU/ZgjaKeZ/OpQVrHVCKVjTtm27GsMPxadXwIhAMKPQFUIy5zOpRzaAz+MP+oYEHtMjVLJGQD3ln9wsBD3	b77ed9db141165ab284368a24b97466366c48cb2784424c3980847f6d53d70e5
1019	5	1013	1	\N	CIRCULATED	2026-12-06 15:00:26.961718+00	upgrade.secretariat	2026-12-06 15:00:27.002586+00	upgrade.secretariat	2026-12-06 15:00:27.034392+00	\N	\N	\N	\N	en	\N	\N
\.


--
-- Data for Name: minutes_attendance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.minutes_attendance (id, minutes_id, "position", full_name, organisation_id, status, unannounced) FROM stdin;
\.


--
-- Data for Name: minutes_decision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.minutes_decision (id, minutes_id, "position", decision_text, agenda_item_id, priority_axis_id, search_text) FROM stdin;
975	969	0	Decision of meeting 963: a joint analysis cell	\N	\N	decision of meeting 963 a joint analysis cell
1001	995	0	Decision of meeting 989: a joint analysis cell	\N	\N	decision of meeting 989 a joint analysis cell
1025	1019	0	Decision of meeting 1013: a joint analysis cell	\N	\N	decision of meeting 1013 a joint analysis cell
\.


--
-- Data for Name: minutes_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.minutes_item (id, minutes_id, "position", agenda_item_id, title, notes_html, search_text) FROM stdin;
970	969	0	965	Opening	<p>Notes on « Opening » — meeting 963.</p><ul><li>Échange d’informations</li><li>تبادل المعلومات</li></ul>	notes on opening meeting 963 echange d informations تبادل المعلومات
971	969	1	967	Threat assessment	<p>Notes on « Threat assessment » — meeting 963.</p><ul><li>Échange d’informations</li><li>تبادل المعلومات</li></ul>	notes on threat assessment meeting 963 echange d informations تبادل المعلومات
996	995	0	991	Opening	<p>Notes on « Opening » — meeting 989.</p><ul><li>Échange d’informations</li><li>تبادل المعلومات</li></ul>	notes on opening meeting 989 echange d informations تبادل المعلومات
997	995	1	993	Threat assessment	<p>Notes on « Threat assessment » — meeting 989.</p><ul><li>Échange d’informations</li><li>تبادل المعلومات</li></ul>	notes on threat assessment meeting 989 echange d informations تبادل المعلومات
1020	1019	0	1015	Opening	<p>Notes on « Opening » — meeting 1013.</p><ul><li>Échange d’informations</li><li>تبادل المعلومات</li></ul>	notes on opening meeting 1013 echange d informations تبادل المعلومات
1021	1019	1	1017	Threat assessment	<p>Notes on « Threat assessment » — meeting 1013.</p><ul><li>Échange d’informations</li><li>تبادل المعلومات</li></ul>	notes on threat assessment meeting 1013 echange d informations تبادل المعلومات
\.


--
-- Data for Name: minutes_translation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.minutes_translation (id, version, minutes_id, language, body_html, status, written_at, written_by, verified_at, verified_by) FROM stdin;
\.


--
-- Data for Name: minutes_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.minutes_version (id, minutes_id, number, saved_at, saved_by, content) FROM stdin;
974	969	1	2026-12-06 15:00:22.740141+00	upgrade.secretariat	MINUTES\nFormat: dialogue-minutes/1\nMeeting: Upgrade fixture: AFRIPOL–EUROPOL threat assessment\nMeeting id: 963\nKind: JOINT_OPERATIONAL_MEETING\nRevision: 1\nStarts: 2031-03-17T09:30 Europe/Paris\nEnds: 2031-03-17T17:00 Europe/Paris\nVenue: Lyon, France\n\nATTENDANCE\n\nAGENDA AND NOTES\n1. Opening\n2. Threat assessment\n\nDECISIONS\n\nACTIONS\n
979	969	2	2026-12-06 15:00:22.917824+00	upgrade.secretariat	MINUTES\nFormat: dialogue-minutes/1\nMeeting: Upgrade fixture: AFRIPOL–EUROPOL threat assessment\nMeeting id: 963\nKind: JOINT_OPERATIONAL_MEETING\nRevision: 1\nStarts: 2031-03-17T09:30 Europe/Paris\nEnds: 2031-03-17T17:00 Europe/Paris\nVenue: Lyon, France\n\nATTENDANCE\n\nAGENDA AND NOTES\n1. Opening\n<p>Notes on « Opening » — meeting 963.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n2. Threat assessment\n<p>Notes on « Threat assessment » — meeting 963.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n\nDECISIONS\n1. Decision of meeting 963: a joint analysis cell\n\nACTIONS\n1. AFRIPOL action of meeting 963 | owner: AFRIPOL | focal point: Amina Haddad | due: 2031-06-30 | decision: 1\n2. EUROPOL action of meeting 963 | owner: EUROPOL | focal point: Jan Visser | due: 2031-09-30 | decision: 1\n
1000	995	1	2026-12-06 15:00:26.765945+00	upgrade.secretariat	MINUTES\nFormat: dialogue-minutes/1\nMeeting: Réunion de suivi AFRIPOL–EUROPOL (fixture de mise à niveau)\nMeeting id: 989\nKind: JOINT_OPERATIONAL_MEETING\nRevision: 1\nLanguage: fr\nStarts: 2031-04-14T09:30 Europe/Paris\nEnds: 2031-04-14T17:00 Europe/Paris\nVenue: Lyon, France\n\nATTENDANCE\n\nAGENDA AND NOTES\n1. Opening\n2. Threat assessment\n\nDECISIONS\n\nACTIONS\n
1005	995	2	2026-12-06 15:00:26.802293+00	upgrade.secretariat	MINUTES\nFormat: dialogue-minutes/1\nMeeting: Réunion de suivi AFRIPOL–EUROPOL (fixture de mise à niveau)\nMeeting id: 989\nKind: JOINT_OPERATIONAL_MEETING\nRevision: 1\nLanguage: fr\nStarts: 2031-04-14T09:30 Europe/Paris\nEnds: 2031-04-14T17:00 Europe/Paris\nVenue: Lyon, France\n\nATTENDANCE\n\nAGENDA AND NOTES\n1. Opening\n<p>Notes on « Opening » — meeting 989.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n2. Threat assessment\n<p>Notes on « Threat assessment » — meeting 989.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n\nDECISIONS\n1. Decision of meeting 989: a joint analysis cell\n\nACTIONS\n1. AFRIPOL action of meeting 989 | owner: AFRIPOL | focal point: Amina Haddad | due: 2031-06-30 | decision: 1\n2. EUROPOL action of meeting 989 | owner: EUROPOL | focal point: Jan Visser | due: 2031-09-30 | decision: 1\n
1024	1019	1	2026-12-06 15:00:26.977591+00	upgrade.secretariat	MINUTES\nFormat: dialogue-minutes/1\nMeeting: Upgrade fixture: minutes in circulation\nMeeting id: 1013\nKind: JOINT_OPERATIONAL_MEETING\nRevision: 1\nStarts: 2031-05-12T09:30 Europe/Paris\nEnds: 2031-05-12T17:00 Europe/Paris\nVenue: Lyon, France\n\nATTENDANCE\n\nAGENDA AND NOTES\n1. Opening\n2. Threat assessment\n\nDECISIONS\n\nACTIONS\n
1029	1019	2	2026-12-06 15:00:27.002586+00	upgrade.secretariat	MINUTES\nFormat: dialogue-minutes/1\nMeeting: Upgrade fixture: minutes in circulation\nMeeting id: 1013\nKind: JOINT_OPERATIONAL_MEETING\nRevision: 1\nStarts: 2031-05-12T09:30 Europe/Paris\nEnds: 2031-05-12T17:00 Europe/Paris\nVenue: Lyon, France\n\nATTENDANCE\n\nAGENDA AND NOTES\n1. Opening\n<p>Notes on « Opening » — meeting 1013.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n2. Threat assessment\n<p>Notes on « Threat assessment » — meeting 1013.</p>\n<ul><li>Échange d’informations</li>\n<li>تبادل المعلومات</li>\n</ul>\n\nDECISIONS\n1. Decision of meeting 1013: a joint analysis cell\n\nACTIONS\n1. AFRIPOL action of meeting 1013 | owner: AFRIPOL | focal point: Amina Haddad | due: 2031-06-30 | decision: 1\n2. EUROPOL action of meeting 1013 | owner: EUROPOL | focal point: Jan Visser | due: 2031-09-30 | decision: 1\n
\.


--
-- Data for Name: organisation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.organisation (id, version, acronym, name, kind, founded_year, headquarters, member_count, observer_count, motto) FROM stdin;
1	1	INTERPOL	International Criminal Police Organization	GLOBAL	\N	\N	\N	\N	\N
2	1	AFRIPOL	African Mechanism for Police Cooperation	REGIONAL	\N	Algiers	54	\N	\N
3	1	AIMC	Arab Interior Ministers' Council	REGIONAL	1982	\N	\N	\N	\N
4	1	AMERIPOL	Community of Police Institutions of the Americas	REGIONAL	2007	\N	28	19	\N
5	1	ASEANAPOL	ASEAN National Police	REGIONAL	1981	\N	10	\N	Together ensuring the security of our region
6	1	EUROPOL	European Police Office	REGIONAL	1998	\N	\N	\N	\N
7	1	GCCPOL	Law-enforcement branch of the Gulf Cooperation Council General Secretariat	REGIONAL	1981	\N	\N	\N	\N
8	1	ECO	Economic Cooperation Organization	OTHER	\N	\N	\N	\N	\N
\.


--
-- Data for Name: participant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.participant (id, meeting_id, full_name, organisation_id, role, person_id) FROM stdin;
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.person (id, version, organisation_id, full_name, job_function, email, phone, preferred_language) FROM stdin;
\.


--
-- Data for Name: priority_axis; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.priority_axis (id, edition_id, "position", title) FROM stdin;
201	102	0	Harmonisation of strategic planning
202	102	1	Promotion of a "single national hub" for regional cooperation and cooperation with INTERPOL
203	102	2	Streamlined access to information systems in the field
204	102	3	A common definition of global policing standards for forensics
\.


--
-- Data for Name: round_answer; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.round_answer (id, round_id, organisation_id, answer, answered_by, answered_at, comment_text, agenda_item_id, reply_text, replied_by, replied_at) FROM stdin;
981	980	2	APPROVED	upgrade.afripol	2026-12-06 15:00:24.72752+00	\N	\N	\N	\N	\N
982	980	6	APPROVED	upgrade.europol	2026-12-06 15:00:26.499413+00	\N	\N	\N	\N	\N
1008	1006	6	APPROVED	upgrade.europol	2026-12-06 15:00:26.872879+00	\N	\N	\N	\N	\N
1007	1006	2	APPROVED	upgrade.afripol	2026-12-06 15:00:26.896183+00	\N	\N	\N	\N	\N
1032	1030	6	PENDING	\N	\N	\N	\N	\N	\N	\N
1031	1030	2	APPROVED	upgrade.afripol	2026-12-06 15:00:27.083851+00	\N	\N	\N	\N	\N
\.


--
-- Data for Name: search_term; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.search_term (term, record_kind, record_id, minutes_id) FROM stdin;
notes	NOTES	970	969
on	NOTES	970	969
opening	NOTES	970	969
meeting	NOTES	970	969
963	NOTES	970	969
echange	NOTES	970	969
d	NOTES	970	969
informations	NOTES	970	969
تبادل	NOTES	970	969
المعلومات	NOTES	970	969
notes	NOTES	971	969
on	NOTES	971	969
threat	NOTES	971	969
assessment	NOTES	971	969
meeting	NOTES	971	969
963	NOTES	971	969
echange	NOTES	971	969
d	NOTES	971	969
informations	NOTES	971	969
تبادل	NOTES	971	969
المعلومات	NOTES	971	969
decision	DECISION	975	969
of	DECISION	975	969
meeting	DECISION	975	969
963	DECISION	975	969
a	DECISION	975	969
joint	DECISION	975	969
analysis	DECISION	975	969
cell	DECISION	975	969
afripol	ACTION	976	969
action	ACTION	976	969
of	ACTION	976	969
meeting	ACTION	976	969
963	ACTION	976	969
amina	ACTION	976	969
haddad	ACTION	976	969
europol	ACTION	977	969
action	ACTION	977	969
of	ACTION	977	969
meeting	ACTION	977	969
963	ACTION	977	969
jan	ACTION	977	969
visser	ACTION	977	969
notes	NOTES	996	995
on	NOTES	996	995
opening	NOTES	996	995
meeting	NOTES	996	995
989	NOTES	996	995
echange	NOTES	996	995
d	NOTES	996	995
informations	NOTES	996	995
تبادل	NOTES	996	995
المعلومات	NOTES	996	995
notes	NOTES	997	995
on	NOTES	997	995
threat	NOTES	997	995
assessment	NOTES	997	995
meeting	NOTES	997	995
989	NOTES	997	995
echange	NOTES	997	995
d	NOTES	997	995
informations	NOTES	997	995
تبادل	NOTES	997	995
المعلومات	NOTES	997	995
decision	DECISION	1001	995
of	DECISION	1001	995
meeting	DECISION	1001	995
989	DECISION	1001	995
a	DECISION	1001	995
joint	DECISION	1001	995
analysis	DECISION	1001	995
cell	DECISION	1001	995
afripol	ACTION	1002	995
action	ACTION	1002	995
of	ACTION	1002	995
meeting	ACTION	1002	995
989	ACTION	1002	995
amina	ACTION	1002	995
haddad	ACTION	1002	995
europol	ACTION	1003	995
action	ACTION	1003	995
of	ACTION	1003	995
meeting	ACTION	1003	995
989	ACTION	1003	995
jan	ACTION	1003	995
visser	ACTION	1003	995
notes	NOTES	1020	1019
on	NOTES	1020	1019
opening	NOTES	1020	1019
meeting	NOTES	1020	1019
1013	NOTES	1020	1019
echange	NOTES	1020	1019
d	NOTES	1020	1019
informations	NOTES	1020	1019
تبادل	NOTES	1020	1019
المعلومات	NOTES	1020	1019
notes	NOTES	1021	1019
on	NOTES	1021	1019
threat	NOTES	1021	1019
assessment	NOTES	1021	1019
meeting	NOTES	1021	1019
1013	NOTES	1021	1019
echange	NOTES	1021	1019
d	NOTES	1021	1019
informations	NOTES	1021	1019
تبادل	NOTES	1021	1019
المعلومات	NOTES	1021	1019
decision	DECISION	1025	1019
of	DECISION	1025	1019
meeting	DECISION	1025	1019
1013	DECISION	1025	1019
a	DECISION	1025	1019
joint	DECISION	1025	1019
analysis	DECISION	1025	1019
cell	DECISION	1025	1019
afripol	ACTION	1026	1019
action	ACTION	1026	1019
of	ACTION	1026	1019
meeting	ACTION	1026	1019
1013	ACTION	1026	1019
amina	ACTION	1026	1019
haddad	ACTION	1026	1019
europol	ACTION	1027	1019
action	ACTION	1027	1019
of	ACTION	1027	1019
meeting	ACTION	1027	1019
1013	ACTION	1027	1019
jan	ACTION	1027	1019
visser	ACTION	1027	1019
\.


--
-- Data for Name: sign_in_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sign_in_throttle (username, version, failures, window_start, locked_until) FROM stdin;
\.


--
-- Data for Name: signing_key; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.signing_key (key_id, algorithm, public_key_pem, published_at, first_used_at) FROM stdin;
b77ed9db141165ab284368a24b97466366c48cb2784424c3980847f6d53d70e5	SHA256withECDSA	-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEK9XsP2e3R+8MRbiWtvv7G8anwmyb\nBS3uR4uq0KMmJdea2aiPdkBV/MCcbPNj7mvzU8dlHzyFdpf/aNktgNtz3Q==\n-----END PUBLIC KEY-----\n	2026-12-06 14:59:56.486406+00	2026-12-06 15:00:26.499413+00
\.


--
-- Data for Name: user_account; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_account (id, version, username, full_name, password_hash, role, organisation_id, enabled, must_change_password, created_at, password_changed_at, person_id, time_zone, calendar_feed_hash, calendar_feed_issued_at, language) FROM stdin;
951	1	admin	Administrator	PBKDF2WithHmacSHA256:600000:UqkhKK1B/y0K56332k9DjwVMdNjOgwEM3CAZyWXK+ek=:vQM3n54TU0Ygs4gPpScrD58qzt+wxhfcrq3pKowlw14=	ADMINISTRATOR	\N	t	f	2026-12-06 15:00:00.055848+00	2026-12-06 15:00:00.057363+00	\N	\N	\N	\N	\N
954	2	upgrade.secretariat	Upgrade Secretariat	PBKDF2WithHmacSHA256:600000:iiuyYj1g46iOgNlvPf5UvVFN+OW4OHzwdMPH1kuQ3Eo=:FZj/DFFqK0i1ZFEaci/vyQbA9QeQHt4fDzCJwLw0xkE=	SECRETARIAT	\N	t	f	2026-12-06 15:00:07.225313+00	2026-12-06 15:00:09.188134+00	\N	\N	\N	\N	\N
956	2	upgrade.afripol	Amina Haddad	PBKDF2WithHmacSHA256:600000:O/x8YfMXtLU1qflj2A7HpywZL7zkcNG34/2gIFogdSU=:zpLsdoFmEyYHA0dqn5KdrcLRgBQf/3DlzYPBPJSZDSg=	DELEGATE	2	t	f	2026-12-06 15:00:11.15703+00	2026-12-06 15:00:12.94996+00	\N	\N	\N	\N	\N
958	2	upgrade.europol	Jan Visser	PBKDF2WithHmacSHA256:600000:s71e1hp04mpEXMcfmly87coyUMYTy81g70L7Z1aLPT4=:SCN5e80T5pujKH2L3Iiv5ckbK73JTrKCduQgat9pQnY=	DELEGATE	6	t	f	2026-12-06 15:00:14.556647+00	2026-12-06 15:00:16.300509+00	\N	\N	\N	\N	\N
960	2	upgrade.observer	Observer of AMERIPOL	PBKDF2WithHmacSHA256:600000:z6vMdzEvtRJ5/mvJ1hBLpZtE3luxuA66ZQsWtd9CnJ4=:Hy4WIgJ3LfDJj/e4ONbGBp5ZMIVm7HFbpr7/YQ8DvTE=	OBSERVER	4	t	f	2026-12-06 15:00:18.093025+00	2026-12-06 15:00:20.540528+00	\N	\N	\N	\N	\N
\.


--
-- Name: id_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.id_sequence', 1050, true);


--
-- Name: action_item action_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_item
    ADD CONSTRAINT action_item_pkey PRIMARY KEY (id);


--
-- Name: action_update action_update_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_update
    ADD CONSTRAINT action_update_pkey PRIMARY KEY (id);


--
-- Name: agenda_item agenda_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agenda_item
    ADD CONSTRAINT agenda_item_pkey PRIMARY KEY (id);


--
-- Name: agreement_party agreement_party_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_party
    ADD CONSTRAINT agreement_party_pkey PRIMARY KEY (agreement_id, organisation_id);


--
-- Name: agreement_scope agreement_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_scope
    ADD CONSTRAINT agreement_scope_pkey PRIMARY KEY (agreement_id, scope);


--
-- Name: application_secret application_secret_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_secret
    ADD CONSTRAINT application_secret_pkey PRIMARY KEY (name);


--
-- Name: approval_round approval_round_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.approval_round
    ADD CONSTRAINT approval_round_pkey PRIMARY KEY (id);


--
-- Name: audit_entry audit_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entry
    ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (id);


--
-- Name: axis_progress axis_progress_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axis_progress
    ADD CONSTRAINT axis_progress_pkey PRIMARY KEY (id);


--
-- Name: axis_progress axis_progress_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axis_progress
    ADD CONSTRAINT axis_progress_unique UNIQUE (priority_axis_id, organisation_id, progress_year);


--
-- Name: cooperation_agreement cooperation_agreement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cooperation_agreement
    ADD CONSTRAINT cooperation_agreement_pkey PRIMARY KEY (id);


--
-- Name: dialogue_edition dialogue_edition_number_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dialogue_edition
    ADD CONSTRAINT dialogue_edition_number_unique UNIQUE (number);


--
-- Name: dialogue_edition dialogue_edition_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dialogue_edition
    ADD CONSTRAINT dialogue_edition_pkey PRIMARY KEY (id);


--
-- Name: edition_participant edition_participant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.edition_participant
    ADD CONSTRAINT edition_participant_pkey PRIMARY KEY (edition_id, organisation_id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: invitation invitation_once_per_person; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitation
    ADD CONSTRAINT invitation_once_per_person UNIQUE (meeting_id, person_id);


--
-- Name: invitation invitation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitation
    ADD CONSTRAINT invitation_pkey PRIMARY KEY (id);


--
-- Name: mail_outbox mail_outbox_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_outbox
    ADD CONSTRAINT mail_outbox_once UNIQUE (dedup_key);


--
-- Name: mail_outbox mail_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_outbox
    ADD CONSTRAINT mail_outbox_pkey PRIMARY KEY (id);


--
-- Name: meeting_access meeting_access_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_access
    ADD CONSTRAINT meeting_access_pkey PRIMARY KEY (meeting_id, user_id);


--
-- Name: meeting_attendance meeting_attendance_once_per_person; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_attendance
    ADD CONSTRAINT meeting_attendance_once_per_person UNIQUE (meeting_id, person_id);


--
-- Name: meeting_attendance meeting_attendance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_attendance
    ADD CONSTRAINT meeting_attendance_pkey PRIMARY KEY (id);


--
-- Name: meeting_co_organiser meeting_co_organiser_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_co_organiser
    ADD CONSTRAINT meeting_co_organiser_pkey PRIMARY KEY (meeting_id, organisation_id);


--
-- Name: meeting meeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_pkey PRIMARY KEY (id);


--
-- Name: minutes_attendance minutes_attendance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_attendance
    ADD CONSTRAINT minutes_attendance_pkey PRIMARY KEY (id);


--
-- Name: minutes_decision minutes_decision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_decision
    ADD CONSTRAINT minutes_decision_pkey PRIMARY KEY (id);


--
-- Name: minutes_item minutes_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_item
    ADD CONSTRAINT minutes_item_pkey PRIMARY KEY (id);


--
-- Name: minutes minutes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes
    ADD CONSTRAINT minutes_pkey PRIMARY KEY (id);


--
-- Name: minutes minutes_revision_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes
    ADD CONSTRAINT minutes_revision_unique UNIQUE (meeting_id, revision);


--
-- Name: minutes_translation minutes_translation_language_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_translation
    ADD CONSTRAINT minutes_translation_language_unique UNIQUE (minutes_id, language);


--
-- Name: minutes_translation minutes_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_translation
    ADD CONSTRAINT minutes_translation_pkey PRIMARY KEY (id);


--
-- Name: minutes_version minutes_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_version
    ADD CONSTRAINT minutes_version_pkey PRIMARY KEY (id);


--
-- Name: minutes_version minutes_version_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_version
    ADD CONSTRAINT minutes_version_unique UNIQUE (minutes_id, number);


--
-- Name: organisation organisation_acronym_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organisation
    ADD CONSTRAINT organisation_acronym_unique UNIQUE (acronym);


--
-- Name: organisation organisation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organisation
    ADD CONSTRAINT organisation_pkey PRIMARY KEY (id);


--
-- Name: participant participant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.participant
    ADD CONSTRAINT participant_pkey PRIMARY KEY (id);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: priority_axis priority_axis_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.priority_axis
    ADD CONSTRAINT priority_axis_pkey PRIMARY KEY (id);


--
-- Name: round_answer round_answer_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_answer
    ADD CONSTRAINT round_answer_once UNIQUE (round_id, organisation_id);


--
-- Name: round_answer round_answer_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_answer
    ADD CONSTRAINT round_answer_pkey PRIMARY KEY (id);


--
-- Name: search_term search_term_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_term
    ADD CONSTRAINT search_term_pkey PRIMARY KEY (term, record_kind, record_id);


--
-- Name: sign_in_throttle sign_in_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sign_in_throttle
    ADD CONSTRAINT sign_in_throttle_pkey PRIMARY KEY (username);


--
-- Name: signing_key signing_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signing_key
    ADD CONSTRAINT signing_key_pkey PRIMARY KEY (key_id);


--
-- Name: user_account user_account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT user_account_pkey PRIMARY KEY (id);


--
-- Name: user_account user_account_username_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT user_account_username_unique UNIQUE (username);


--
-- Name: action_item_axis; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_item_axis ON public.action_item USING btree (priority_axis_id);


--
-- Name: action_item_edition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_item_edition ON public.action_item USING btree (edition_id);


--
-- Name: action_item_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_item_meeting ON public.action_item USING btree (meeting_id);


--
-- Name: action_item_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_item_minutes ON public.action_item USING btree (minutes_id);


--
-- Name: action_item_owner_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_item_owner_status ON public.action_item USING btree (owner_organisation_id, status);


--
-- Name: action_item_status_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_item_status_due ON public.action_item USING btree (status, due_date);


--
-- Name: action_update_action; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_update_action ON public.action_update USING btree (action_id, updated_at);


--
-- Name: agenda_item_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agenda_item_meeting ON public.agenda_item USING btree (meeting_id);


--
-- Name: agreement_party_organisation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agreement_party_organisation ON public.agreement_party USING btree (organisation_id);


--
-- Name: approval_round_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX approval_round_minutes ON public.approval_round USING btree (minutes_id);


--
-- Name: approval_round_open_deadline; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX approval_round_open_deadline ON public.approval_round USING btree (closed_at, deadline);


--
-- Name: audit_entry_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entry_actor ON public.audit_entry USING btree (actor, occurred_at);


--
-- Name: audit_entry_occurred_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entry_occurred_at ON public.audit_entry USING btree (occurred_at);


--
-- Name: audit_entry_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entry_record ON public.audit_entry USING btree (record_kind, record_id);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: invitation_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invitation_person ON public.invitation USING btree (person_id);


--
-- Name: mail_outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_due ON public.mail_outbox USING btree (status, next_attempt_at);


--
-- Name: mail_outbox_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_meeting ON public.mail_outbox USING btree (meeting_id);


--
-- Name: mail_outbox_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_person ON public.mail_outbox USING btree (person_id);


--
-- Name: mail_outbox_queued; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_queued ON public.mail_outbox USING btree (queued_at);


--
-- Name: meeting_access_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_access_user ON public.meeting_access USING btree (user_id);


--
-- Name: meeting_agreement; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_agreement ON public.meeting USING btree (agreement_id);


--
-- Name: meeting_attendance_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_attendance_person ON public.meeting_attendance USING btree (person_id);


--
-- Name: meeting_classification; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_classification ON public.meeting USING btree (classification);


--
-- Name: meeting_co_organiser_organisation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_co_organiser_organisation ON public.meeting_co_organiser USING btree (organisation_id);


--
-- Name: meeting_edition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_edition ON public.meeting USING btree (edition_id);


--
-- Name: meeting_room_slot; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_room_slot ON public.meeting USING btree (room_key, starts_at);


--
-- Name: meeting_starts_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX meeting_starts_at ON public.meeting USING btree (starts_at);


--
-- Name: minutes_attendance_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX minutes_attendance_minutes ON public.minutes_attendance USING btree (minutes_id);


--
-- Name: minutes_decision_axis; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX minutes_decision_axis ON public.minutes_decision USING btree (priority_axis_id);


--
-- Name: minutes_decision_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX minutes_decision_minutes ON public.minutes_decision USING btree (minutes_id);


--
-- Name: minutes_item_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX minutes_item_minutes ON public.minutes_item USING btree (minutes_id);


--
-- Name: minutes_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX minutes_state ON public.minutes USING btree (state);


--
-- Name: participant_meeting; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX participant_meeting ON public.participant USING btree (meeting_id);


--
-- Name: participant_organisation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX participant_organisation ON public.participant USING btree (organisation_id);


--
-- Name: participant_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX participant_person ON public.participant USING btree (person_id);


--
-- Name: person_organisation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_organisation ON public.person USING btree (organisation_id, full_name);


--
-- Name: priority_axis_edition; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX priority_axis_edition ON public.priority_axis USING btree (edition_id);


--
-- Name: search_term_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_term_minutes ON public.search_term USING btree (minutes_id);


--
-- Name: search_term_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_term_record ON public.search_term USING btree (record_kind, record_id);


--
-- Name: user_account_calendar_feed; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_account_calendar_feed ON public.user_account USING btree (calendar_feed_hash);


--
-- Name: user_account_organisation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_account_organisation ON public.user_account USING btree (organisation_id);


--
-- Name: user_account_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_account_person ON public.user_account USING btree (person_id);


--
-- Name: action_item action_item_edition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_item
    ADD CONSTRAINT action_item_edition_id_fkey FOREIGN KEY (edition_id) REFERENCES public.dialogue_edition(id);


--
-- Name: action_item action_item_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_item
    ADD CONSTRAINT action_item_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: action_item action_item_minutes_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_item
    ADD CONSTRAINT action_item_minutes_id_fkey FOREIGN KEY (minutes_id) REFERENCES public.minutes(id);


--
-- Name: action_item action_item_owner_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_item
    ADD CONSTRAINT action_item_owner_organisation_id_fkey FOREIGN KEY (owner_organisation_id) REFERENCES public.organisation(id);


--
-- Name: action_item action_item_priority_axis_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_item
    ADD CONSTRAINT action_item_priority_axis_id_fkey FOREIGN KEY (priority_axis_id) REFERENCES public.priority_axis(id);


--
-- Name: action_update action_update_action_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_update
    ADD CONSTRAINT action_update_action_id_fkey FOREIGN KEY (action_id) REFERENCES public.action_item(id);


--
-- Name: agenda_item agenda_item_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agenda_item
    ADD CONSTRAINT agenda_item_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: agenda_item agenda_item_presenter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agenda_item
    ADD CONSTRAINT agenda_item_presenter_id_fkey FOREIGN KEY (presenter_id) REFERENCES public.organisation(id);


--
-- Name: agreement_party agreement_party_agreement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_party
    ADD CONSTRAINT agreement_party_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES public.cooperation_agreement(id);


--
-- Name: agreement_party agreement_party_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_party
    ADD CONSTRAINT agreement_party_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisation(id);


--
-- Name: agreement_scope agreement_scope_agreement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_scope
    ADD CONSTRAINT agreement_scope_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES public.cooperation_agreement(id);


--
-- Name: approval_round approval_round_minutes_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.approval_round
    ADD CONSTRAINT approval_round_minutes_id_fkey FOREIGN KEY (minutes_id) REFERENCES public.minutes(id);


--
-- Name: axis_progress axis_progress_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axis_progress
    ADD CONSTRAINT axis_progress_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisation(id);


--
-- Name: axis_progress axis_progress_priority_axis_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axis_progress
    ADD CONSTRAINT axis_progress_priority_axis_id_fkey FOREIGN KEY (priority_axis_id) REFERENCES public.priority_axis(id);


--
-- Name: edition_participant edition_participant_edition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.edition_participant
    ADD CONSTRAINT edition_participant_edition_id_fkey FOREIGN KEY (edition_id) REFERENCES public.dialogue_edition(id);


--
-- Name: edition_participant edition_participant_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.edition_participant
    ADD CONSTRAINT edition_participant_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisation(id);


--
-- Name: invitation invitation_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitation
    ADD CONSTRAINT invitation_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: invitation invitation_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitation
    ADD CONSTRAINT invitation_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: meeting_access meeting_access_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_access
    ADD CONSTRAINT meeting_access_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: meeting_access meeting_access_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_access
    ADD CONSTRAINT meeting_access_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.user_account(id);


--
-- Name: meeting meeting_agreement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES public.cooperation_agreement(id);


--
-- Name: meeting_attendance meeting_attendance_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_attendance
    ADD CONSTRAINT meeting_attendance_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: meeting_attendance meeting_attendance_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_attendance
    ADD CONSTRAINT meeting_attendance_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: meeting_co_organiser meeting_co_organiser_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_co_organiser
    ADD CONSTRAINT meeting_co_organiser_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: meeting_co_organiser meeting_co_organiser_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_co_organiser
    ADD CONSTRAINT meeting_co_organiser_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisation(id);


--
-- Name: meeting meeting_edition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting
    ADD CONSTRAINT meeting_edition_id_fkey FOREIGN KEY (edition_id) REFERENCES public.dialogue_edition(id);


--
-- Name: minutes minutes_approved_key_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes
    ADD CONSTRAINT minutes_approved_key_id_fkey FOREIGN KEY (approved_key_id) REFERENCES public.signing_key(key_id);


--
-- Name: minutes_attendance minutes_attendance_minutes_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_attendance
    ADD CONSTRAINT minutes_attendance_minutes_id_fkey FOREIGN KEY (minutes_id) REFERENCES public.minutes(id);


--
-- Name: minutes_attendance minutes_attendance_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_attendance
    ADD CONSTRAINT minutes_attendance_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisation(id);


--
-- Name: minutes_decision minutes_decision_minutes_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_decision
    ADD CONSTRAINT minutes_decision_minutes_id_fkey FOREIGN KEY (minutes_id) REFERENCES public.minutes(id);


--
-- Name: minutes_decision minutes_decision_priority_axis_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_decision
    ADD CONSTRAINT minutes_decision_priority_axis_id_fkey FOREIGN KEY (priority_axis_id) REFERENCES public.priority_axis(id);


--
-- Name: minutes_item minutes_item_minutes_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_item
    ADD CONSTRAINT minutes_item_minutes_id_fkey FOREIGN KEY (minutes_id) REFERENCES public.minutes(id);


--
-- Name: minutes minutes_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes
    ADD CONSTRAINT minutes_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: minutes_translation minutes_translation_minutes_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_translation
    ADD CONSTRAINT minutes_translation_minutes_id_fkey FOREIGN KEY (minutes_id) REFERENCES public.minutes(id);


--
-- Name: minutes_version minutes_version_minutes_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.minutes_version
    ADD CONSTRAINT minutes_version_minutes_id_fkey FOREIGN KEY (minutes_id) REFERENCES public.minutes(id);


--
-- Name: participant participant_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.participant
    ADD CONSTRAINT participant_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meeting(id);


--
-- Name: participant participant_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.participant
    ADD CONSTRAINT participant_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisation(id);


--
-- Name: participant participant_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.participant
    ADD CONSTRAINT participant_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: person person_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisation(id);


--
-- Name: priority_axis priority_axis_edition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.priority_axis
    ADD CONSTRAINT priority_axis_edition_id_fkey FOREIGN KEY (edition_id) REFERENCES public.dialogue_edition(id);


--
-- Name: round_answer round_answer_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_answer
    ADD CONSTRAINT round_answer_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisation(id);


--
-- Name: round_answer round_answer_round_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_answer
    ADD CONSTRAINT round_answer_round_id_fkey FOREIGN KEY (round_id) REFERENCES public.approval_round(id);


--
-- Name: user_account user_account_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT user_account_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisation(id);


--
-- Name: user_account user_account_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT user_account_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- PostgreSQL database dump complete
--

\unrestrict XfpVyI4Al2s1dbjWSgzShSQWwKEYfwJHNg0drNRMWhZ5ofGgh5FpMvxSSySJtcf

