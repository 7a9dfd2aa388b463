//! Where the key-encryption keys of encryption at rest come from: `KYC_DATA_KEY` (base64 of 32
//! bytes) or `KYC_DATA_KEY_FILE` (a file holding that), and during a rotation
//! `KYC_DATA_KEYS_PREVIOUS` (comma-separated) that still unwrap. Without a key the proxy refuses
//! to start, unless the simulators run: then a development key is kept beside the database.

use crate::settings::ConfigError;
use crate::store::{Kek, Keyring};
use base64::Engine as _;
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use std::path::{Path, PathBuf};

/// The configured key sources; the keys themselves are read at start ([`DataKeySettings::keyring`]).
#[derive(Clone, Debug)]
pub struct DataKeySettings {
    current: Source,
    previous: Vec<SecretString>,
}

#[derive(Clone, Debug)]
enum Source {
    /// `KYC_DATA_KEY`.
    Value(SecretString),
    /// `KYC_DATA_KEY_FILE`.
    File(PathBuf),
    /// Sandbox only: a development key in this file, made at the first start.
    Development(PathBuf),
}

impl DataKeySettings {
    /// Reads the variables through `get`. Without a key, `sandbox` allows a development key
    /// for `database`; otherwise the start fails, naming `KYC_DATA_KEY`.
    pub fn from_lookup(
        get: &impl Fn(&str) -> Option<String>,
        sandbox: bool,
        database: &str,
    ) -> Result<Self, ConfigError> {
        let value = get("KYC_DATA_KEY").filter(|v| !v.trim().is_empty());
        let file = get("KYC_DATA_KEY_FILE").filter(|v| !v.trim().is_empty());
        let current = match (value, file) {
            (Some(_), Some(_)) => {
                return Err(ConfigError::new("KYC_DATA_KEY", "set KYC_DATA_KEY or KYC_DATA_KEY_FILE, not both"))
            }
            (Some(value), None) => {
                Kek::from_base64(&value)
                    .ok_or_else(|| ConfigError::new("KYC_DATA_KEY", "must be base64 of 32 bytes"))?;
                Source::Value(value.into())
            }
            (None, Some(path)) => Source::File(path.into()),
            (None, None) if sandbox => Source::Development(development_path(database)),
            (None, None) => {
                return Err(ConfigError::new(
                    "KYC_DATA_KEY",
                    "required (or KYC_DATA_KEY_FILE) to encrypt personal data at rest: `openssl rand -base64 32`",
                ))
            }
        };
        let previous: Vec<SecretString> = get("KYC_DATA_KEYS_PREVIOUS")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .map(|k| k.to_owned().into())
            .collect();
        if previous.iter().any(|k| Kek::from_base64(k.expose_secret()).is_none()) {
            return Err(ConfigError::new("KYC_DATA_KEYS_PREVIOUS", "each key must be base64 of 32 bytes"));
        }
        Ok(Self { current, previous })
    }

    /// The keys: files read, a development key made if needed (with a warning).
    pub fn keyring(&self) -> Result<Keyring, String> {
        let current = match &self.current {
            Source::Value(value) => Kek::from_base64(value.expose_secret()),
            Source::File(path) => read_key(path)?,
            Source::Development(path) => {
                tracing::warn!(
                    file = %path.display(),
                    "NO KYC_DATA_KEY: personal data is encrypted with a development key kept beside the database. \
                     Only acceptable with the simulators; set KYC_DATA_KEY for anything real."
                );
                development_key(path)?
            }
        }
        .ok_or("KYC_DATA_KEY_FILE: must hold base64 of 32 bytes")?;
        let previous = self.previous.iter().filter_map(|k| Kek::from_base64(k.expose_secret())).collect();
        Ok(Keyring::new(current, previous))
    }
}

/// The development key's file: beside a SQLite database, or in `data/` for PostgreSQL.
fn development_path(database: &str) -> PathBuf {
    if database.starts_with("postgres://") || database.starts_with("postgresql://") {
        return PathBuf::from("data/dev-data-key");
    }
    PathBuf::from(format!("{}.dev-data-key", database.strip_prefix("sqlite://").unwrap_or(database)))
}

fn read_key(path: &Path) -> Result<Option<Kek>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("data key file {}: {e}", path.display()))?;
    Ok(Kek::from_base64(&text))
}

/// The key in `path`, made there first if there is none (readable by this user only).
fn development_key(path: &Path) -> Result<Option<Kek>, String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(dir);
    }
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    rand::rngs::OsRng.fill_bytes(key.as_mut());
    let text = zeroize::Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(key.as_slice()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(mut file) => {
            std::io::Write::write_all(&mut file, text.as_bytes()).map_err(|e| e.to_string())?;
            Ok(Kek::from_base64(&text))
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            // Another process starting at the same moment may still be writing it.
            for _ in 0..50 {
                if let Some(kek) = read_key(path)? {
                    return Ok(Some(kek));
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            read_key(path)
        }
        Err(e) => Err(format!("data key file {}: {e}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(pairs: &[(&str, &str)], sandbox: bool) -> Result<DataKeySettings, ConfigError> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        DataKeySettings::from_lookup(&|k: &str| map.get(k).cloned(), sandbox, "/tmp/kyc.sqlite3")
    }

    const KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    #[test]
    fn without_a_key_only_the_sandbox_starts_and_a_bad_key_is_named() {
        assert_eq!(settings(&[], false).err().unwrap().name, "KYC_DATA_KEY", "production fails closed");
        assert!(
            matches!(settings(&[], true).unwrap().current, Source::Development(ref p) if p.ends_with("kyc.sqlite3.dev-data-key"))
        );
        assert_eq!(settings(&[("KYC_DATA_KEY", "c2hvcnQ=")], false).err().unwrap().name, "KYC_DATA_KEY");
        let both = [("KYC_DATA_KEY", KEY), ("KYC_DATA_KEY_FILE", "/run/secrets/kek")];
        assert_eq!(settings(&both, false).err().unwrap().name, "KYC_DATA_KEY");
        let bad_previous = [("KYC_DATA_KEY", KEY), ("KYC_DATA_KEYS_PREVIOUS", "nope")];
        assert_eq!(settings(&bad_previous, false).err().unwrap().name, "KYC_DATA_KEYS_PREVIOUS");
        let rotating = [("KYC_DATA_KEY", KEY), ("KYC_DATA_KEYS_PREVIOUS", &format!(" {KEY} ,"))];
        let keyring = settings(&rotating, false).unwrap().keyring().unwrap();
        assert_eq!(keyring.current_id(), Kek::from_base64(KEY).unwrap().id());
    }

    #[test]
    fn a_development_key_is_made_once_and_kept() {
        let path = std::env::temp_dir().join(format!("kyc-devkey-{}/k", std::process::id()));
        let first = development_key(&path).unwrap().unwrap();
        let again = development_key(&path).unwrap().unwrap();
        assert_eq!(first.id(), again.id());
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }
}
