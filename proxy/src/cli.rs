//! The command line: `kyc-proxy [serve]` runs the proxy, `kyc-proxy sandbox` the provider
//! simulators as a second process beside it. Both read the same environment (see the README).

use crate::config::Config;
use std::process::ExitCode;

/// What `kyc-proxy help` prints, and an unknown command gets on stderr.
pub const USAGE: &str = "\
usage: kyc-proxy [serve | sandbox [check] | events [failed | pending] | events requeue [ID | all] | teams … | keys rewrap | assets compress DIR]
  serve    (default) the proxy: the app, its API and webhooks, on KYC_LISTEN
  sandbox  the provider simulators and the demo host page, on KYC_SANDBOX_LISTEN;
           `sandbox check` exits 0 when this configuration runs them, 3 when not
  events   the provider events parked as failed (or still pending), with their reasons;
           `events requeue` puts one (or all) parked events back in line for the workers
  teams    the product teams: `teams list`, `teams add NAME` (prints its first key once),
           `teams key-add TEAM`, `teams key-revoke KEY`,
           `teams set TEAM SETTING VALUE` (flows, default_flow, residence_countries,
           onfido_rules, allowed_origins, xpollens_steps, theme as JSON,
           sms_per_session, retention_pictures_hours, retention_personal_data_days,
           retention_abandoned_days; lists comma-separated, an empty value resets)
  keys     `keys rewrap`: wraps every session's data key with the current KYC_DATA_KEY (the
           KYC_DATA_KEYS_PREVIOUS unwrap the others) and seals data stored before encryption
  assets   `assets compress DIR`: the Brotli and gzip siblings of the built SPA's files
           (scripts/build runs it on dist/), which the proxy sends as they are
Both read the same environment variables (see the README); start both when KYC_SANDBOX is on.";

/// What the process is asked to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// The proxy alone.
    Serve,
    /// The simulators alone.
    Sandbox,
    /// Whether the configuration runs the simulators (the exit code).
    SandboxCheck,
    /// Lists the inbox's events in a state (`failed` or `pending`).
    Events(&'static str),
    /// Puts parked events back in line: one, or all with `None`.
    Requeue(Option<i64>),
    /// Manages the product teams.
    Teams(crate::teams::operator::TeamsCommand),
    /// Re-wraps the data keys with the current key-encryption key.
    KeysRewrap,
    /// Writes the precompressed siblings of the files under a directory.
    AssetsCompress(std::path::PathBuf),
    /// The usage, on stdout.
    Help,
}

impl Command {
    /// The command the arguments after the program name ask for; `None` for anything else.
    pub fn parse(args: &[String]) -> Option<Self> {
        match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            [] | ["serve"] => Some(Self::Serve),
            ["sandbox"] => Some(Self::Sandbox),
            ["sandbox", "check"] => Some(Self::SandboxCheck),
            ["events"] | ["events", "failed"] => Some(Self::Events("failed")),
            ["events", "pending"] => Some(Self::Events("pending")),
            ["events", "requeue", "all"] => Some(Self::Requeue(None)),
            ["events", "requeue", id] => id.parse().ok().map(|id| Self::Requeue(Some(id))),
            ["teams", ref rest @ ..] => crate::teams::operator::TeamsCommand::parse(rest).map(Self::Teams),
            ["keys", "rewrap"] => Some(Self::KeysRewrap),
            ["assets", "compress", dir] => Some(Self::AssetsCompress(dir.into())),
            ["help" | "-h" | "--help"] => Some(Self::Help),
            _ => None,
        }
    }
}

/// Runs what `args` (without the program name) ask for, configured from the environment. Exit
/// code 0 after a requested stop, 1 when the start failed, 2 for an unknown command.
pub async fn main(args: &[String]) -> ExitCode {
    let Some(command) = Command::parse(args) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if command == Command::Help {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    // A build step: no configuration is read.
    if let Command::AssetsCompress(dir) = &command {
        return match crate::assets::compress_command(dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("kyc-proxy: {}: {err}", dir.display());
                ExitCode::FAILURE
            }
        };
    }
    let ran = match (Config::from_lookup(|k| std::env::var(k).ok()), command) {
        (Ok(config), Command::Sandbox) => crate::simulators::run(config).await,
        (Ok(config), Command::SandboxCheck) if config.sandbox.is_none() => return ExitCode::from(3),
        (Ok(_), Command::SandboxCheck) => Ok(()),
        (Ok(config), Command::Events(state)) => crate::operator::events_list(&config, state).await,
        (Ok(config), Command::Requeue(id)) => crate::operator::events_requeue(&config, id).await,
        (Ok(config), Command::Teams(command)) => crate::operator::teams(&config, command).await,
        (Ok(config), Command::KeysRewrap) => crate::operator::keys_rewrap(&config).await,
        (Ok(config), _) => crate::startup::run(config).await,
        (Err(err), _) => Err(err.into()),
    };
    match ran {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("kyc-proxy: {err}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Option<Command> {
        Command::parse(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn the_proxy_is_the_default_and_anything_unknown_is_refused() {
        assert_eq!(parse(&[]), Some(Command::Serve));
        assert_eq!(parse(&["serve"]), Some(Command::Serve));
        assert_eq!(parse(&["sandbox"]), Some(Command::Sandbox));
        assert_eq!(parse(&["sandbox", "check"]), Some(Command::SandboxCheck));
        assert_eq!(parse(&["--help"]), Some(Command::Help));
        assert_eq!(parse(&["simulators"]), None);
        assert_eq!(parse(&["sandbox", "now"]), None);
        assert_eq!(parse(&["events"]), Some(Command::Events("failed")));
        assert_eq!(parse(&["events", "requeue", "12"]), Some(Command::Requeue(Some(12))));
        assert_eq!(parse(&["events", "requeue", "all"]), Some(Command::Requeue(None)));
        assert_eq!(parse(&["events", "requeue", "x"]), None);
        assert_eq!(parse(&["keys", "rewrap"]), Some(Command::KeysRewrap));
        assert_eq!(parse(&["keys"]), None);
        assert_eq!(parse(&["assets", "compress", "dist"]), Some(Command::AssetsCompress("dist".into())));
        assert_eq!(parse(&["assets", "compress"]), None);
    }
}
