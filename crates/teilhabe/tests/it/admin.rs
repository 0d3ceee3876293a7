use domain::accounts::Role;

use crate::{block_on, fails, sqlite_url, succeeds, teilhabe};

const STRONG: &str = "Vielfalt lebt in Maintal 2026!";

#[test]
fn admin_create_makes_a_platform_administrator_and_refuses_weak_passwords() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = sqlite_url(dir.path(), "teilhabe.db");
    succeeds(teilhabe(&url, &["demo"], ""));

    let create = ["admin", "create", "--email", "Admin2@Example.org", "--name", "Landesadmin", "--password-stdin"];
    let out = succeeds(teilhabe(&url, &create, &format!("{STRONG}\n")));
    assert!(out.contains("Created the platform administrator admin2@example.org (\"Landesadmin\") in \"Land Hessen (Demo)\""), "{out}");
    assert!(out.contains("Two-factor login is required"), "{out}");
    block_on(async {
        let db = store::connect(&url).await.unwrap();
        let user = store::accounts::user_by_email(&db, "admin2@example.org").await.unwrap().expect("account created");
        assert!(user.email_confirmed);
        assert_eq!(user.display_name, "Landesadmin");
        assert!(
            web::accounts::password::verify(STRONG, user.password_hash.as_deref().unwrap()),
            "the line ending is not part of the password"
        );
        let state = store::tenancy::state(&db).await.unwrap();
        assert_eq!(store::accounts::roles_of(&db, user.id).await.unwrap(), [(state.scope.id(), Role::PlatformAdmin)]);
        let log = store::audit::recent(&db, Some(state.scope.id()), 1).await.unwrap();
        assert_eq!((log[0].action.as_str(), log[0].subject.clone()), ("accounts.role.assign", format!("user:{}", user.id.0)));
    });

    let out = succeeds(teilhabe(&url, &create, ""));
    assert!(out.contains("already a platform administrator"), "{out}");

    let out = succeeds(teilhabe(&url, &["admin", "create", "--email", "resident@demo.example", "--password-stdin"], ""));
    assert!(out.contains("already exists: it is now a platform administrator"), "{out}");
    assert!(out.contains("password was not changed"), "{out}");

    let weak = ["admin", "create", "--email", "admin3@example.org", "--password-stdin"];
    let err = fails(teilhabe(&url, &weak, "passwort123\n"));
    assert!(err.contains("The password is too easy to guess."), "{err}");
    assert!(err.contains("passphrase"), "{err}");
    let err = fails(teilhabe(&url, &weak, "kurz\n"));
    assert!(err.contains("too short: use at least 8 characters"), "{err}");
    let err = fails(teilhabe(&url, &weak, "admin3example\n"));
    assert!(err.contains("too easy to guess"), "a password made of the e-mail address: {err}");
    let err = fails(teilhabe(&url, &weak, ""));
    assert!(err.contains("no password on standard input"), "{err}");
    let err = fails(teilhabe(&url, &["admin", "create", "--email", "admin3@", "--password-stdin"], &format!("{STRONG}\n")));
    assert!(err.contains("not a valid e-mail address"), "{err}");
    let err = fails(teilhabe(&url, &["admin", "create", "--email", "admin3@example.org"], ""));
    assert!(err.contains("--password-stdin"), "without a terminal it says how to pass the password: {err}");
    block_on(async {
        let db = store::connect(&url).await.unwrap();
        assert!(store::accounts::user_by_email(&db, "admin3@example.org").await.unwrap().is_none(), "no account from a refused password");
    });
}

#[test]
fn admin_create_on_a_new_database_creates_the_state_space() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = sqlite_url(dir.path(), "new.db");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_teilhabe"))
        .args(["--database-url", &url, "admin", "create", "--email", "admin@land.example", "--password-stdin"])
        .env("TEILHABE_STATE_NAME", "Land Brandenburg")
        .stdin(std::fs::File::open(write_password(dir.path())).unwrap())
        .output()
        .unwrap();
    let out = succeeds(output);
    assert!(out.contains("Created the state space \"Land Brandenburg\""), "{out}");
    assert!(out.contains("in \"Land Brandenburg\""), "{out}");
    block_on(async {
        let db = store::connect(&url).await.unwrap();
        assert_eq!(store::tenancy::state(&db).await.unwrap().name, "Land Brandenburg");
    });
}

fn write_password(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("password.txt");
    std::fs::write(&path, format!("{STRONG}\r\nsecond line is ignored\n")).unwrap();
    path
}
