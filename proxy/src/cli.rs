//! The command line: `kyc-proxy [serve]` runs the proxy, `kyc-proxy sandbox` the provider
//! simulators as a second process beside it. Both read the same environment (see the README).

use crate::config::Config;
use std::process::ExitCode;

/// What `kyc-proxy help` prints, and an unknown command gets on stderr.
pub const USAGE: &str = "\
usage: kyc-proxy [serve | sandbox]
  serve    (default) the proxy: the app, its API and webhooks, on KYC_LISTEN
  sandbox  the provider simulators and the demo host page, on KYC_SANDBOX_LISTEN
Both read the same environment variables (see the README); start both when KYC_SANDBOX is on.";

/// What the process is asked to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// The proxy alone.
    Serve,
    /// The simulators alone.
    Sandbox,
    /// The usage, on stdout.
    Help,
}

impl Command {
    /// The command the arguments after the program name ask for; `None` for anything else.
    pub fn parse(args: &[String]) -> Option<Self> {
        match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            [] | ["serve"] => Some(Self::Serve),
            ["sandbox"] => Some(Self::Sandbox),
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
    let ran = match Config::from_lookup(|k| std::env::var(k).ok()) {
        Ok(config) if command == Command::Sandbox => crate::simulators::run(config).await,
        Ok(config) => crate::startup::run(config).await,
        Err(err) => Err(err.into()),
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
        assert_eq!(parse(&["--help"]), Some(Command::Help));
        assert_eq!(parse(&["simulators"]), None);
        assert_eq!(parse(&["sandbox", "now"]), None);
    }
}
