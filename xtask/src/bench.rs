//! `cargo xtask bench`: load benchmark of the release binary.

pub fn run(_args: &[String]) -> anyhow::Result<()> {
    anyhow::bail!("the benchmark is built in the next step")
}
