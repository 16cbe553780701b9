//! A small static file server for `dist/`: scripts/serve.sh and the browser
//! tests use it, so both see the build exactly as a static host would serve it. It can
//! mount the site under a sub-path, add response headers (a CSP, say) and records every
//! request so tests can assert that nothing was missing.

use std::fs;
use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

/// One request the server answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Served {
    pub path: String,
    pub status: u16,
}

#[derive(Clone, Debug)]
pub struct ServerConfig {
    pub root: PathBuf,
    /// Where the site lives, `/` or `/some/sub/path/`.
    pub mount: String,
    pub headers: Vec<(String, String)>,
    /// Serve `.wasm` as `application/octet-stream`, as many generic hosts do.
    pub generic_wasm_mime: bool,
    /// Holds back the answer to every request whose path ends so (`.wasm`, say) until the
    /// gate opens: a slow network, on cue, for tests of what a reader does meanwhile.
    pub hold: Option<(String, Gate)>,
}

/// A gate that requests wait at until it opens (once, for good).
#[derive(Clone, Debug, Default)]
pub struct Gate(Arc<(Mutex<bool>, Condvar)>);

impl Gate {
    pub fn open(&self) {
        let (opened, changed) = &*self.0;
        if let Ok(mut opened) = opened.lock() {
            *opened = true;
            changed.notify_all();
        }
    }

    fn wait(&self) {
        let (opened, changed) = &*self.0;
        if let Ok(mut is_open) = opened.lock() {
            while !*is_open {
                match changed.wait(is_open) {
                    Ok(guard) => is_open = guard,
                    Err(_) => return,
                }
            }
        }
    }
}

impl ServerConfig {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        ServerConfig {
            root: root.into(),
            mount: "/".into(),
            headers: Vec::new(),
            generic_wasm_mime: false,
            hold: None,
        }
    }
}

pub struct StaticServer {
    pub addr: SocketAddr,
    log: Arc<Mutex<Vec<Served>>>,
}

impl StaticServer {
    /// Starts serving on `addr` (port 0 picks a free one) in a background thread.
    pub fn start(addr: &str, config: ServerConfig) -> io::Result<StaticServer> {
        let listener = TcpListener::bind(addr)?;
        let addr = listener.local_addr()?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let thread_log = Arc::clone(&log);
        let config = Arc::new(config);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (config, log) = (Arc::clone(&config), Arc::clone(&thread_log));
                thread::spawn(move || handle(stream, &config, &log));
            }
        });
        Ok(StaticServer { addr, log })
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Every request answered so far.
    pub fn requests(&self) -> Vec<Served> {
        self.log.lock().map(|log| log.clone()).unwrap_or_default()
    }
}

/// One connection, one request: every response closes the connection, which keeps the
/// server free of keep-alive bookkeeping (an earlier `tiny_http` version stalled Chromium
/// page loads now and then on idle keep-alive connections).
fn handle(stream: TcpStream, config: &ServerConfig, log: &Mutex<Vec<Served>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(&stream);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
        return;
    }
    // Drain the headers; nothing in them changes the answer.
    let mut line = String::new();
    while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let url = parts.next().unwrap_or("/").to_owned();
    if let Some((suffix, gate)) = &config.hold {
        if url
            .split(['?', '#'])
            .next()
            .is_some_and(|path| path.ends_with(suffix.as_str()))
        {
            gate.wait();
        }
    }
    let (status, headers, body) = if method == "GET" || method == "HEAD" {
        respond(config, &url)
    } else {
        (
            405,
            vec![("Allow".to_owned(), "GET, HEAD".to_owned())],
            Vec::new(),
        )
    };
    if let Ok(mut log) = log.lock() {
        log.push(Served { path: url, status });
    }
    let reason = match status {
        200 => "OK",
        301 => "Moved Permanently",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers.iter().chain(&config.headers) {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut stream = &stream;
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(&body);
    }
    let _ = stream.flush();
}

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Maps a request path to a file under `root`, refusing anything that climbs out of it.
pub fn resolve(config: &ServerConfig, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let relative = path.strip_prefix(config.mount.as_str())?;
    let mut file = config.root.clone();
    for component in Path::new(relative).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

type Response = (u16, Vec<(String, String)>, Vec<u8>);

fn respond(config: &ServerConfig, url: &str) -> Response {
    // `/mount` without its slash would break the relative asset URLs: redirect like nginx.
    if config.mount != "/" && url.split('?').next() == Some(config.mount.trim_end_matches('/')) {
        return (
            301,
            vec![("Location".into(), config.mount.clone())],
            Vec::new(),
        );
    }
    match resolve(config, url).and_then(|file| fs::read(&file).ok().map(|b| (file, b))) {
        Some((file, bytes)) => {
            let wasm = file.extension().is_some_and(|e| e == "wasm");
            let mime = if wasm && config.generic_wasm_mime {
                "application/octet-stream"
            } else {
                content_type(&file)
            };
            (200, vec![("Content-Type".into(), mime.into())], bytes)
        }
        None => (
            404,
            vec![("Content-Type".into(), "text/plain; charset=utf-8".into())],
            b"not found".to_vec(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_climb_out_of_the_root_are_refused() {
        let root = std::env::temp_dir();
        let config = ServerConfig::new(&root);
        assert_eq!(resolve(&config, "/../etc/passwd"), None);
        assert_eq!(resolve(&config, "/a/../../etc/passwd"), None);
    }

    #[test]
    fn a_sub_path_mount_only_serves_below_it() {
        let root = std::env::temp_dir().join(format!("tl-static-{}", std::process::id()));
        fs::create_dir_all(&root).expect("temp dir");
        fs::write(root.join("index.html"), "x").expect("temp file");
        let config = ServerConfig {
            mount: "/actualite/pegasus/".into(),
            ..ServerConfig::new(&root)
        };
        assert_eq!(
            resolve(&config, "/actualite/pegasus/"),
            Some(root.join("index.html"))
        );
        assert_eq!(
            resolve(&config, "/actualite/pegasus/?lang=en"),
            Some(root.join("index.html"))
        );
        assert_eq!(resolve(&config, "/index.html"), None);
        let _ = fs::remove_dir_all(&root);
    }
}
