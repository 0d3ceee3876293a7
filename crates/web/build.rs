//! Embeds `static/` into the binary: each file gets a content hash in its
//! name (so it can be cached forever), CSS `url()`s are rewritten to the
//! hashed names, and text assets are gzipped once here rather than per request.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

const SERVED: &[(&str, &str)] = &[
    ("css", "text/css; charset=utf-8"),
    ("js", "text/javascript; charset=utf-8"),
    ("woff2", "font/woff2"),
    ("woff", "font/woff"),
    ("ttf", "font/ttf"),
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
    ("ico", "image/x-icon"),
    ("webp", "image/webp"),
];

struct Asset {
    path: String,
    source: PathBuf,
    bytes: Vec<u8>,
    mime: &'static str,
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let root = manifest.join("../../static");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("out dir"));
    println!("cargo:rerun-if-changed={}", root.display());

    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort_by(|a, b| a.path.cmp(&b.path));

    // Hash everything that is not CSS first; CSS refers to those.
    let mut hashed: Vec<(String, String)> = Vec::new();
    for asset in files.iter().filter(|a| !a.path.ends_with(".css")) {
        hashed.push((asset.path.clone(), hashed_name(&asset.path, &asset.bytes)));
    }
    for asset in files.iter_mut().filter(|a| a.path.ends_with(".css")) {
        let dir = Path::new(&asset.path).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        let mut css = String::from_utf8(asset.bytes.clone()).expect("CSS is UTF-8");
        for (plain, with_hash) in &hashed {
            let relative = if dir.is_empty() { plain.clone() } else { plain.strip_prefix(&format!("{dir}/")).unwrap_or(plain).to_owned() };
            let relative_hashed =
                if dir.is_empty() { with_hash.clone() } else { with_hash.strip_prefix(&format!("{dir}/")).unwrap_or(with_hash).to_owned() };
            for quote in ["", "\"", "'"] {
                css = css.replace(&format!("url({quote}{relative}{quote}"), &format!("url({quote}{relative_hashed}{quote}"));
                css = css.replace(&format!("url({quote}./{relative}{quote}"), &format!("url({quote}{relative_hashed}{quote}"));
            }
        }
        asset.bytes = css.into_bytes();
        let rewritten = out.join(format!("asset-{}", asset.path.replace('/', "__")));
        std::fs::write(&rewritten, &asset.bytes).expect("write rewritten CSS");
        asset.source = rewritten;
    }

    let mut code = String::from("pub static ASSETS: &[Asset] = &[\n");
    for asset in &files {
        let name = hashed_name(&asset.path, &asset.bytes);
        let compressible = asset.mime.starts_with("text/") || asset.mime == "image/svg+xml";
        let gzip = if compressible {
            let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            encoder.write_all(&asset.bytes).expect("gzip");
            let gz_path = out.join(format!("asset-{}.gz", asset.path.replace('/', "__")));
            std::fs::write(&gz_path, encoder.finish().expect("gzip")).expect("write gzip");
            format!("Some(include_bytes!({:?}))", gz_path.display().to_string())
        } else {
            "None".to_owned()
        };
        writeln!(
            code,
            "    Asset {{ path: {:?}, hashed: {:?}, mime: {:?}, bytes: include_bytes!({:?}), gzip: {} }},",
            asset.path,
            name,
            asset.mime,
            asset.source.display().to_string(),
            gzip
        )
        .expect("write");
    }
    code.push_str("];\n");
    std::fs::write(out.join("assets.rs"), code).expect("write assets.rs");
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<Asset>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
        let Some((_, mime)) = SERVED.iter().find(|(e, _)| *e == ext) else { continue };
        let relative = path.strip_prefix(root).expect("inside static").to_string_lossy().replace('\\', "/");
        let bytes = std::fs::read(&path).expect("read asset");
        files.push(Asset { path: relative, source: path, bytes, mime });
    }
}

fn hashed_name(path: &str, bytes: &[u8]) -> String {
    let hash = hex::encode(&Sha256::digest(bytes)[..5]);
    match path.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{path}.{hash}"),
    }
}
