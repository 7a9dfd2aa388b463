//! `kyc-proxy teams …`: the operator manages the product teams from the command line. A new
//! key is printed once and never again; every change goes into the team's audit trail.

use super::{audit, key_hash, new_key, new_team_id, policy::SETTINGS, TeamPolicy, DEPLOYMENT};
use crate::startup::StartError;
use crate::store::Store;

/// What `kyc-proxy teams` was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamsCommand {
    /// `teams list`.
    List,
    /// `teams add NAME`.
    Add(String),
    /// `teams key-add TEAM`.
    KeyAdd(String),
    /// `teams key-revoke KEY`.
    KeyRevoke(String),
    /// `teams set TEAM SETTING VALUE`.
    Set(String, String, String),
}

impl TeamsCommand {
    /// The command the words after `teams` ask for.
    pub fn parse(args: &[&str]) -> Option<Self> {
        Some(match args {
            [] | ["list"] => Self::List,
            ["add", name @ ..] if !name.is_empty() => Self::Add(name.join(" ")),
            ["key-add", team] => Self::KeyAdd((*team).to_owned()),
            ["key-revoke", key] => Self::KeyRevoke((*key).to_owned()),
            ["set", team, setting, value @ ..] => Self::Set((*team).to_owned(), (*setting).to_owned(), value.join(" ")),
            _ => return None,
        })
    }
}

fn refused(why: impl Into<String>) -> StartError {
    why.into().into()
}

/// Runs one `teams` command against `store`; what it prints goes to stdout.
pub async fn run(store: &Store, command: TeamsCommand) -> Result<(), StartError> {
    let now = || crate::clock::now().to_string();
    match command {
        TeamsCommand::List => {
            for team in store.teams_list().await? {
                println!("{}\t{}\tpolicy {}", team.id, team.name, team.policy);
                for (key, created, revoked) in team.keys {
                    let state = revoked.map_or_else(|| "valid".to_owned(), |at| format!("revoked {at}"));
                    println!("  {key}\tcreated {created}\t{state}");
                }
            }
        }
        TeamsCommand::Add(name) => {
            let team = new_team_id();
            store.team_insert(team.clone(), name.clone(), now()).await?;
            let (key_id, key) = new_key();
            store.team_key_insert(team.clone(), key_id.clone(), key_hash(&key), now()).await?;
            audit::record(store, &team, "operator", "team.add", None, Some(name.clone())).await?;
            audit::record(store, &team, "operator", "key.add", None, Some(key_id.clone())).await?;
            println!("team {team} ({name})\nkey {key_id}: {key}\n(the key is shown this once: give it to the team's backend)");
        }
        TeamsCommand::KeyAdd(team) => {
            if !store.team_exists(team.clone()).await? {
                return Err(refused(format!("no team {team}")));
            }
            let (key_id, key) = new_key();
            store.team_key_insert(team.clone(), key_id.clone(), key_hash(&key), now()).await?;
            audit::record(store, &team, "operator", "key.add", None, Some(key_id.clone())).await?;
            println!("key {key_id}: {key}\n(shown this once; the team's other keys stay valid until revoked)");
        }
        TeamsCommand::KeyRevoke(key_id) => {
            let Some(team) = store.team_key_revoke(key_id.clone(), now()).await? else {
                return Err(refused(format!("no valid key {key_id}")));
            };
            audit::record(store, &team, "operator", "key.revoke", None, Some(key_id.clone())).await?;
            println!("key {key_id} of {team} revoked");
        }
        TeamsCommand::Set(team, setting, value) => {
            if team == DEPLOYMENT {
                return Err(refused("the deployment's own team follows the deployment's variables"));
            }
            let stored =
                store.team_policy_load(team.clone()).await?.ok_or_else(|| refused(format!("no team {team}")))?;
            let mut policy: TeamPolicy = serde_json::from_str(&stored).map_err(|e| refused(e.to_string()))?;
            policy
                .set(&setting, &value)
                .map_err(|why| refused(format!("{setting}: {why} (settings: {})", SETTINGS.join(", "))))?;
            let json = serde_json::to_string(&policy).map_err(|e| refused(e.to_string()))?;
            store.team_policy_save(team.clone(), json.clone()).await?;
            audit::record(store, &team, "operator", "policy.set", None, Some(setting.clone())).await?;
            println!("{team}: {json}");
        }
    }
    Ok(())
}
