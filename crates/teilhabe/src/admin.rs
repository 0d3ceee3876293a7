//! `teilhabe admin create`: a platform administrator from the command line,
//! for the first login of a new installation (and for later ones).

use std::io::BufRead;

use anyhow::{Context, anyhow, bail};
use clap::{Args, Subcommand};
use domain::accounts::Role;
use domain::accounts::password_policy::{self, MAX_CHARS, MIN_CHARS, PasswordProblem};
use store::StoreError;

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a platform administrator, or make an existing account one.
    Create(CreateArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// E-mail address of the account (it counts as confirmed).
    #[arg(long)]
    pub email: String,
    /// Display name of a new account.
    #[arg(long, default_value = "Plattform-Administration")]
    pub name: String,
    /// Read the password from the first line of standard input instead of asking for it.
    #[arg(long)]
    pub password_stdin: bool,
    /// Name of the state space, used when the database has none yet.
    #[arg(long, env = "TEILHABE_STATE_NAME", default_value = "Land")]
    pub state_name: String,
}

pub async fn run(database_url: &str, command: AdminCommand) -> anyhow::Result<()> {
    match command {
        AdminCommand::Create(args) => create(database_url, args).await,
    }
}

async fn create(database_url: &str, args: CreateArgs) -> anyhow::Result<()> {
    let email = domain::accounts::email::parse(&args.email).map_err(|_| anyhow!("{:?} is not a valid e-mail address", args.email))?;
    let name = args.name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        bail!("the name must have 1 to 120 characters");
    }
    let db = store::connect(database_url).await?;
    store::migrate(&db).await?;

    // Ask for a password only when a new account is made, and before the
    // transaction starts (people type slowly).
    let password_hash = match store::accounts::user_by_email(&db, &email).await? {
        Some(_) => None,
        None => {
            let password = read_password(args.password_stdin)?;
            if let Err(problem) = password_policy::check(&password, &[&email, name]) {
                bail!("{}", explain(&problem));
            }
            if !args.password_stdin {
                let again = rpassword::prompt_password("Repeat the password: ").context("cannot read the password")?;
                if again != password {
                    bail!("the two passwords differ; nothing was changed");
                }
            }
            Some(web::accounts::password::hash(&password))
        }
    };

    let txn = store::begin_write(&db).await?;
    let (state, state_created) = match store::tenancy::state(&txn).await {
        Ok(state) => (state, false),
        Err(StoreError::NotFound) => (store::tenancy::ensure_state(&txn, "land", &args.state_name).await?, true),
        Err(e) => return Err(e.into()),
    };
    let (user, created) = match store::accounts::user_by_email(&txn, &email).await? {
        Some(user) => (user, false),
        None => {
            let Some(password_hash) = &password_hash else {
                bail!("the account {email} was deleted meanwhile; nothing was changed, run the command again");
            };
            let id = store::accounts::create_user(
                &txn,
                store::accounts::NewUser { email: &email, display_name: name, password_hash, locale: "de", email_confirmed: true },
            )
            .await?;
            let user = store::accounts::user_by_id(&txn, id).await?.ok_or_else(|| anyhow!("the new account is missing"))?;
            (user, true)
        }
    };
    let was_admin = store::accounts::roles_of(&txn, user.id).await?.contains(&(state.scope.id(), Role::PlatformAdmin));
    store::accounts::assign_role(&txn, None, user.id, state.scope.id(), Role::PlatformAdmin).await?;
    txn.commit().await?;

    if state_created {
        println!("Created the state space \"{}\" (from TEILHABE_STATE_NAME or --state-name).", state.name);
    }
    match (created, was_admin) {
        (true, _) => println!("Created the platform administrator {email} (\"{name}\") in \"{}\".", state.name),
        (false, true) => println!("{email} is already a platform administrator in \"{}\"; nothing changed.", state.name),
        (false, false) => println!(
            "An account with {email} already exists: it is now a platform administrator in \"{}\". Its password was not changed.",
            state.name
        ),
    }
    if user.two_factor_enabled {
        println!("Two-factor login is already set up for this account.");
    } else {
        println!("Two-factor login is required: at the first login the account must set it up with an authenticator app.");
    }
    Ok(())
}

/// The password from the first line of standard input (without its line
/// ending), or asked for on the terminal without echo.
fn read_password(from_stdin: bool) -> anyhow::Result<String> {
    if from_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line).context("cannot read the password from standard input")?;
        let password = line.strip_suffix('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).unwrap_or(&line);
        if password.is_empty() {
            bail!("no password on standard input (expected on its first line)");
        }
        return Ok(password.to_owned());
    }
    rpassword::prompt_password(format!("Password ({MIN_CHARS} to {MAX_CHARS} characters; a passphrase of several words is best): "))
        .context("cannot ask for the password on a terminal; pass it on standard input with --password-stdin")
}

/// The refused password's problem in plain English (the web pages show the
/// same codes as translated Fluent messages).
fn explain(problem: &PasswordProblem) -> String {
    let reason = match problem.code {
        "accounts-password-too-short" => {
            format!("The password is too short: use at least {MIN_CHARS} characters.")
        }
        "accounts-password-too-long" => {
            format!("The password is too long: use at most {MAX_CHARS} characters.")
        }
        _ => "The password is too easy to guess.".to_owned(),
    };
    let hint = problem.hint.map(|hint| match hint {
        "accounts-password-hint-keyboard" => "Rows of neighbouring keys like qwertz are easy to guess.",
        "accounts-password-hint-repeat" => "Repeated characters or words like aaa or abcabc are easy to guess.",
        "accounts-password-hint-sequence" => "Sequences like abc or 1234 are easy to guess.",
        "accounts-password-hint-dates" => "Dates and years are easy to guess.",
        "accounts-password-hint-names" => "Names and surnames are easy to guess.",
        "accounts-password-hint-common" => "It is one of the most common passwords.",
        _ => "Common words and parts of the e-mail address or name are easy to guess.",
    });
    match hint {
        Some(hint) => format!("{reason} {hint} A passphrase of four or more unrelated words is strong and easy to remember."),
        None => reason,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_password_problem_is_explained() {
        let short = password_policy::check("kurz", &[]).unwrap_err();
        assert_eq!(explain(&short), "The password is too short: use at least 8 characters.");
        let common = password_policy::check("passwort123", &[]).unwrap_err();
        assert!(explain(&common).starts_with("The password is too easy to guess. "), "{}", explain(&common));
        let keyboard = PasswordProblem { code: "accounts-password-weak", hint: Some("accounts-password-hint-keyboard") };
        assert!(explain(&keyboard).contains("qwertz"));
    }
}
