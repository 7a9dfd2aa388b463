//! Schema migrations, applied in order and recorded in `user_version`.

use rusqlite::Connection;

pub(super) const MIGRATIONS: &[&str] = &[
    // 1: sessions, personal data, consents, identifications.
    "CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        expires_at_ms INTEGER NOT NULL
    );
    CREATE TABLE persons (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        -- The provider's person, once created: kept so a retried start does not create a twin.
        provider_person_id TEXT
    );
    CREATE TABLE consents (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        given_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (session_id, kind)
    );
    CREATE TABLE identifications (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        provider TEXT NOT NULL,
        provider_person_id TEXT NOT NULL,
        provider_identification_id TEXT NOT NULL,
        provider_reference TEXT,
        url TEXT NOT NULL,
        status TEXT NOT NULL,
        failure_reason TEXT,
        estimated_waiting_time INTEGER,
        updated_at TEXT NOT NULL
    );",
    // 2: webhook deliveries already handled, so that a retried or replayed delivery is ignored.
    "CREATE TABLE webhook_deliveries (
        provider TEXT NOT NULL,
        delivery_id TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (provider, delivery_id)
    );
    CREATE INDEX identifications_by_provider_id ON identifications (provider, provider_identification_id);",
    // 3: the data as the provider verified it (agents may correct fields), and a public session
    // id that product teams use; the bearer token stays the browser's secret.
    "ALTER TABLE persons ADD COLUMN verified_data TEXT;
    ALTER TABLE sessions ADD COLUMN public_id TEXT;
    CREATE UNIQUE INDEX sessions_by_public_id ON sessions (public_id);",
    // 4: what the address check said about the saved address (JSON of `AddressCheck`).
    "ALTER TABLE persons ADD COLUMN address_check TEXT;",
    // 5: what the user is typing, autosaved before it is valid, so a reload or another device
    // loses nothing.
    "CREATE TABLE drafts (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        saved_at TEXT NOT NULL
    );",
    // 6: single-use, short-lived codes in the link a product team hands to its user's browser;
    // the browser trades one for its own bearer token.
    "CREATE TABLE launch_codes (
        code_hash TEXT PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        expires_at_ms INTEGER NOT NULL,
        used INTEGER NOT NULL DEFAULT 0
    );",
    // 7: each session's flow, and the prefilled values its product team fixed (JSON object of
    // field key to value).
    "ALTER TABLE sessions ADD COLUMN flow TEXT NOT NULL DEFAULT 'solaris_idnow';
    ALTER TABLE sessions ADD COLUMN locked TEXT NOT NULL DEFAULT '{}';",
    // 8: where a provider's multi-step flow stands between two calls (JSON; its transaction
    // keys never leave the proxy).
    "CREATE TABLE progress (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        provider TEXT NOT NULL,
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );",
    // 9: pictures of the ID document and the selfie (kept for the provider adapter, never shown
    // back), single-use hand-off codes for the phone and the capture-only tokens they become;
    // `capture_document` is the partner option that asks for the pictures (temporary hook, see
    // `partner::sessions`).
    "ALTER TABLE sessions ADD COLUMN capture_document TEXT;
    CREATE TABLE captures (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        slot TEXT NOT NULL,
        content_type TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        stored_at TEXT NOT NULL,
        PRIMARY KEY (session_id, slot)
    );
    CREATE TABLE handoff_codes (
        code_hash TEXT PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        expires_at_ms INTEGER NOT NULL,
        used INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE capture_tokens (
        token_hash TEXT PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        expires_at_ms INTEGER NOT NULL
    );",
    // 10: how a product team presents a session (JSON of `SessionOptions`: language, theme, redirect
    // URL, origins allowed to embed it), found again by the non-secret marker in the flow's URL.
    "CREATE TABLE session_options (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        embed_id TEXT NOT NULL UNIQUE,
        options TEXT NOT NULL
    );",
    // 11: one table for the single-use codes of launch and hand-off links (they were two
    // tables of the same shape); codes in flight keep working.
    "CREATE TABLE single_use_codes (
        code_hash TEXT PRIMARY KEY,
        purpose TEXT NOT NULL,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        expires_at_ms INTEGER NOT NULL,
        used INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO single_use_codes (code_hash, purpose, session_id, expires_at_ms, used)
        SELECT code_hash, 'launch', session_id, expires_at_ms, used FROM launch_codes;
    INSERT INTO single_use_codes (code_hash, purpose, session_id, expires_at_ms, used)
        SELECT code_hash, 'handoff', session_id, expires_at_ms, used FROM handoff_codes;
    DROP TABLE launch_codes;
    DROP TABLE handoff_codes;",
    // 12: whether the product team fixed the document of the pictures; otherwise the user
    // chooses it in the capture step. Documents set before this were all the product team's.
    "ALTER TABLE sessions ADD COLUMN capture_document_fixed INTEGER NOT NULL DEFAULT 0;
    UPDATE sessions SET capture_document_fixed = 1 WHERE capture_document IS NOT NULL;",
    // 13: an account provider's prospects: the product team's appUserId of a session (callbacks
    // name it), and when the prospect began, for the provider's 90-day purge.
    "CREATE TABLE prospects (
        app_user_id TEXT PRIMARY KEY,
        session_id INTEGER NOT NULL UNIQUE REFERENCES sessions(id) ON DELETE CASCADE,
        created_at_ms INTEGER NOT NULL,
        -- 1 once the account is open: a customer, no longer a prospect to purge.
        customer INTEGER NOT NULL DEFAULT 0
    );",
    // 14: the inbox of provider events: each authenticated delivery is kept before it is
    // acknowledged and worked off from here, retried with backoff, parked with its reason when
    // retries run out. It replaces the list of deliveries seen (their ids stay, as done). And
    // when the provider last confirmed an identification's status, and when the reconciliation
    // asks it next.
    "CREATE TABLE inbox (
        id INTEGER PRIMARY KEY,
        provider TEXT NOT NULL,
        delivery_id TEXT NOT NULL,
        -- The delivery as received; emptied once applied (it is only a hint to re-read).
        payload BLOB,
        received_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at_ms INTEGER NOT NULL,
        -- A worker holds the event until then; after a crash it falls due again.
        leased_until_ms INTEGER,
        last_error TEXT,
        finished_at TEXT,
        UNIQUE (provider, delivery_id)
    );
    CREATE INDEX inbox_due ON inbox (state, next_at_ms);
    INSERT INTO inbox (provider, delivery_id, received_at, state, next_at_ms, finished_at)
        SELECT provider, delivery_id, received_at, 'done', 0, received_at FROM webhook_deliveries;
    DROP TABLE webhook_deliveries;
    ALTER TABLE identifications ADD COLUMN confirmed_at TEXT;
    ALTER TABLE identifications ADD COLUMN confirmed_at_ms INTEGER;
    -- Unset: the deployment's interval; doubled while the provider has nothing new.
    ALTER TABLE identifications ADD COLUMN check_backoff_ms INTEGER;
    ALTER TABLE identifications ADD COLUMN check_leased_until_ms INTEGER;",
    // 15: a provider call that creates something (a person, an applicant, a check) is announced
    // here before it is sent and forgotten once its result is stored; one found at the next
    // attempt means the first may have reached the provider, which is asked before a second
    // is created. `reference` names the attempt at the provider where its API takes one.
    "CREATE TABLE handover_intents (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step TEXT NOT NULL,
        reference TEXT NOT NULL,
        started_at_ms INTEGER NOT NULL,
        PRIMARY KEY (session_id, step)
    );",
    // 16: an account provider's prospects that wait for its decision (the user finished their
    // steps), re-read by the reconciliation like identifications when the callbacks stay away.
    "ALTER TABLE prospects ADD COLUMN awaiting_since_ms INTEGER;
    ALTER TABLE prospects ADD COLUMN confirmed_at_ms INTEGER;
    ALTER TABLE prospects ADD COLUMN check_backoff_ms INTEGER;
    ALTER TABLE prospects ADD COLUMN check_leased_until_ms INTEGER;",
    // 17: product teams as tenants. Every session belongs to a team ('deployment' is the
    // deployment's own: sessions the app makes itself, and the keys of KYC_PARTNER_API_KEYS);
    // a team's keys are stored hashed; the audit trail records who did what, without personal
    // data.
    "CREATE TABLE teams (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        policy TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    );
    CREATE TABLE team_keys (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        key_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
    );
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        team_id TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        session_public_id TEXT,
        detail TEXT,
        at TEXT NOT NULL
    );
    CREATE INDEX audit_by_team ON audit (team_id, id);
    ALTER TABLE sessions ADD COLUMN team_id TEXT NOT NULL DEFAULT 'deployment';
    CREATE INDEX sessions_by_team ON sessions (team_id, id);",
    // 18: the text messages a session sent, counted against its team's limit (SMS pumping
    // costs the bank money).
    "CREATE TABLE sms_sends (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        sent_at_ms INTEGER NOT NULL
    );
    CREATE INDEX sms_sends_by_session ON sms_sends (session_id, sent_at_ms);",
    // 19: the product team's own reference of a session (its customer or application id),
    // unique within the team, for finding the session again.
    "ALTER TABLE sessions ADD COLUMN external_id TEXT;
    CREATE UNIQUE INDEX sessions_by_external_id ON sessions (team_id, external_id);",
    // 20: the product teams' webhook endpoints and the events queued for them: written in the
    // transaction that changes what they report, delivered from here by any instance.
    "CREATE TABLE webhook_endpoints (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL,
        url TEXT NOT NULL,
        events TEXT NOT NULL,
        secret TEXT NOT NULL,
        old_secret TEXT,
        old_secret_until_ms INTEGER,
        created_at TEXT NOT NULL
    );
    CREATE INDEX webhook_endpoints_by_team ON webhook_endpoints (team_id);
    CREATE TABLE webhook_events (
        id INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL,
        endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        session_public_id TEXT NOT NULL,
        type TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at_ms INTEGER NOT NULL,
        leased_until_ms INTEGER,
        UNIQUE (endpoint_id, event_id)
    );
    CREATE INDEX webhook_events_due ON webhook_events (state, next_at_ms);
    CREATE INDEX webhook_events_in_order ON webhook_events (endpoint_id, session_public_id, id);
    CREATE TABLE webhook_attempts (
        event_row INTEGER NOT NULL REFERENCES webhook_events(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        status INTEGER,
        error TEXT,
        duration_ms INTEGER NOT NULL
    );
    CREATE INDEX webhook_attempts_by_event ON webhook_attempts (event_row);",
    // 21: the steps of a session already reported to its team as completed (comma-separated
    // keys), so that each `session.step_completed` goes out once.
    "ALTER TABLE sessions ADD COLUMN steps_done TEXT NOT NULL DEFAULT '';",
    // 22: the text messages per mobile number (a SHA-256 of it: the number itself stays in the
    // session's personal data), for the deployment's limit across sessions.
    "ALTER TABLE sms_sends ADD COLUMN number_hash TEXT;
    CREATE INDEX sms_sends_by_number ON sms_sends (number_hash, sent_at_ms);",
    // 23: retention. When a session was last active, when its personal data was erased, when
    // its identification was decided and when each picture was taken, all for the retention
    // job (unset on older rows: the job starts their clocks at its first run); and the
    // store-wide jobs' runs, so that one instance at a time does each, when it is due.
    "ALTER TABLE sessions ADD COLUMN active_at_ms INTEGER;
    ALTER TABLE sessions ADD COLUMN erased_at TEXT;
    ALTER TABLE identifications ADD COLUMN decided_at_ms INTEGER;
    ALTER TABLE captures ADD COLUMN stored_at_ms INTEGER;
    CREATE TABLE job_runs (
        name TEXT PRIMARY KEY,
        next_at_ms INTEGER NOT NULL,
        leased_until_ms INTEGER
    );
    CREATE INDEX sessions_by_activity ON sessions (team_id, active_at_ms);
    CREATE INDEX identifications_by_decision ON identifications (decided_at_ms);
    CREATE INDEX webhook_events_by_age ON webhook_events (created_at_ms);",
    // 24: consent receipts. Every consent given or withdrawn, in order, with the version,
    // language and SHA-256 of the text shown (consents from before have none: their text was
    // not versioned), the browser's time and the proxy's; and the keys that sign the receipts:
    // one the proxy generated (its PKCS#8, so that every instance on the database signs with it)
    // or the public part of the configured one, kept after rotation so that old receipts still
    // verify against the published keys.
    "CREATE TABLE consent_events (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        action TEXT NOT NULL,
        text_version INTEGER,
        language TEXT,
        text_sha256 TEXT,
        browser_time TEXT,
        received_at TEXT NOT NULL
    );
    CREATE INDEX consent_events_by_session ON consent_events (session_id, id);
    INSERT INTO consent_events (session_id, kind, action, browser_time, received_at)
        SELECT session_id, kind, 'given', given_at, received_at FROM consents ORDER BY session_id, received_at;
    CREATE TABLE receipt_keys (
        kid TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        private_key TEXT,
        created_at TEXT NOT NULL,
        retired_at TEXT
    );",
    // 25: encryption at rest: each session's data key, wrapped by the key-encryption key named
    // `kek_id` (never stored). The personal data and pictures are sealed with it; deleting the
    // row (erasure, or the session's deletion) leaves them unreadable.
    "CREATE TABLE session_keys (
        session_id INTEGER NOT NULL PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        kek_id TEXT NOT NULL,
        wrapped BLOB NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX session_keys_by_kek ON session_keys (kek_id);",
    // 26: a provider's proof of a decided session (Signicat's dossier as Assure showed it before
    // its deletion), kept for the retention's personal-data period after the decision. Sealed
    // with a data key of its own, wrapped in the row: the session's erasure at its decision
    // leaves it readable, the row's deletion does not.
    "CREATE TABLE evidence (
        session_id INTEGER NOT NULL PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        provider TEXT NOT NULL,
        source TEXT NOT NULL,
        content_type TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        retrieved_at TEXT NOT NULL,
        kek_id TEXT NOT NULL,
        wrapped BLOB NOT NULL,
        sealed BLOB NOT NULL
    );
    CREATE INDEX evidence_by_kek ON evidence (kek_id);",
    // 27: the proof of address an identification was requested with, and why it was needed
    // (JSON: reason, type, issued_at), for the product team's support.
    "ALTER TABLE identifications ADD COLUMN proof_of_address TEXT;",
    // 28: what the capture noticed while taking each picture (JSON, `CaptureSignals`: camera
    // settings and frame timing, nothing about the person), for the product team.
    "ALTER TABLE captures ADD COLUMN signals TEXT;",
];

/// Applies the migrations the database has not seen yet. Each runs in an immediate transaction
/// that first reads the version again: two proxies starting at the same moment on one file
/// take turns (the second waits for the first's write lock), and the second finds the work done.
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    loop {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let applied: usize = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
        let Some(sql) = MIGRATIONS.get(applied) else { return tx.commit() };
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", applied + 1)?;
        tx.commit()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxies_starting_together_on_one_file_both_come_up() {
        let dir = std::env::temp_dir().join(format!("kyc-migrate-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("race.sqlite3");
        let starts: Vec<_> = (0..4)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let mut conn = Connection::open(path).unwrap();
                    conn.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
                    migrate(&mut conn)
                })
            })
            .collect();
        for start in starts {
            start.join().unwrap().unwrap();
        }
        let conn = Connection::open(&path).unwrap();
        let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, MIGRATIONS.len());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn consents_from_before_receipts_become_their_first_given_records() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..21] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 21).unwrap();
        conn.execute_batch(
            "INSERT INTO sessions (id, token_hash, created_at, expires_at_ms) VALUES (1, 'h', 't', 0);
             INSERT INTO consents VALUES (1, 'terms_conditions', '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:01.000Z');",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let row: (String, String, Option<i64>) = conn
            .query_row("SELECT action, browser_time, text_version FROM consent_events", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        // Their text was not versioned: the receipt states the times only.
        assert_eq!(row, ("given".into(), "2026-01-01T10:00:00.000Z".into(), None));
    }
}
