//! The hosting guide's nginx recipe as a running server: its blocks taken from docs/hosting.md, a full
//! configuration around them for Debian's nginx on a loopback port, the server process, and
//! raw HTTP/1.1 requests to it.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The sub-path and the folder the hosting guide's configuration names.
pub const MOUNT: &str = "/actualite/2021/pegasus/";
pub const RECIPE_FOLDER: &str = "/srv/pegasus/dist/";
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Where Debian's nginx module packages put their libraries.
pub const DEBIAN_MODULES: &str = "/usr/lib/nginx/modules";

pub use crate::support::project_file;

/// The ```nginx blocks of the hosting guide (`docs/hosting.md`), in order.
pub fn recipe_nginx_blocks() -> Vec<String> {
    let section =
        std::fs::read_to_string(project_file("docs/hosting.md")).expect("docs/hosting.md");
    let mut blocks = Vec::new();
    let mut block: Option<String> = None;
    for line in section.lines() {
        match (&mut block, line.trim()) {
            (None, "```nginx") => block = Some(String::new()),
            (Some(_), "```") => blocks.extend(block.take()),
            (Some(text), _) => {
                text.push_str(line);
                text.push('\n');
            }
            (None, _) => {}
        }
    }
    assert!(!blocks.is_empty(), "no ```nginx block in docs/hosting.md");
    blocks
}

/// Splits nginx configuration text into its top-level statements (`name …;` or `name … { … }`),
/// each with the comments before it.
pub fn top_level_statements(config: &str) -> Vec<String> {
    let mut statements = Vec::new();
    let mut current = String::new();
    let (mut depth, mut quote, mut comment, mut escaped) = (0usize, None, false, false);
    for c in config.chars() {
        current.push(c);
        if comment {
            comment = c != '\n';
        } else if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
        } else {
            match c {
                '#' => comment = true,
                '"' | '\'' => quote = Some(c),
                '{' => depth += 1,
                '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        statements.push(std::mem::take(&mut current));
                    }
                }
                ';' if depth == 0 => statements.push(std::mem::take(&mut current)),
                _ => {}
            }
        }
    }
    if !current.trim().is_empty() {
        statements.push(current);
    }
    statements
}

/// The directive a statement starts with, past its comments.
pub fn directive(statement: &str) -> &str {
    statement
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_default()
}

/// The hosting guide's configuration: (what goes in `http { }`, what goes in `server { }`), the
/// folder swapped for `dist`.
pub fn readme_configuration(dist: &Path) -> (String, String) {
    let (mut http, mut server) = (String::new(), String::new());
    for statement in recipe_nginx_blocks()
        .iter()
        .flat_map(|b| top_level_statements(b))
    {
        // `map` is accepted only at the http level; the rest belongs in a server.
        let part = if directive(&statement) == "map" {
            &mut http
        } else {
            &mut server
        };
        part.push_str(&statement);
        part.push('\n');
    }
    assert!(
        server.contains(RECIPE_FOLDER) && server.contains(MOUNT),
        "the hosting guide's nginx configuration no longer serves {RECIPE_FOLDER} at {MOUNT}:\n{server}"
    );
    let server = server.replace(RECIPE_FOLDER, &format!("{}/", dist.display()));
    (http, server)
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

pub fn nginx_binary() -> &'static str {
    // Debian puts it in /usr/sbin, which is not on every user's PATH.
    if Path::new("/usr/sbin/nginx").exists() {
        "/usr/sbin/nginx"
    } else {
        "nginx"
    }
}

/// Debian's nginx serving `dist/` with the hosting guide's configuration, stopped when dropped.
pub struct Nginx {
    pub child: Child,
    pub port: u16,
    pub dir: PathBuf,
}

impl Nginx {
    pub fn start() -> Nginx {
        let dist = crate::support::dist_dir();
        let port = free_port();
        let dir = std::env::temp_dir().join(format!("tl-nginx-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("nginx dir");
        let (http, server) = readme_configuration(&dist);
        let d = dir.display();
        // Debian's module files name their library relative to nginx's prefix, which `-p`
        // moves here: the same `modules` folder as /usr/share/nginx's.
        #[cfg(unix)]
        let _ = std::os::unix::fs::symlink(DEBIAN_MODULES, dir.join("modules"));
        // Everything nginx writes goes to the temporary folder; one process (no master, no
        // worker switching user), in the foreground, so that dropping it stops it.
        let config = format!(
            "# As Debian's nginx.conf: the modules its packages installed (brotli_static).\n\
             include /etc/nginx/modules-enabled/*.conf;\n\
             daemon off;\nmaster_process off;\npid {d}/nginx.pid;\nerror_log {d}/error.log warn;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n\
             include /etc/nginx/mime.types;\ndefault_type application/octet-stream;\naccess_log off;\n\
             client_body_temp_path {d}/client_body;\nproxy_temp_path {d}/proxy;\n\
             fastcgi_temp_path {d}/fastcgi;\nuwsgi_temp_path {d}/uwsgi;\nscgi_temp_path {d}/scgi;\n\
             # The hosting guide's http-level part:\n{http}\n\
             server {{\nlisten 127.0.0.1:{port};\nserver_name localhost;\n\
             # The hosting guide's server-level part:\n{server}\n}}\n}}\n"
        );
        let conf = dir.join("nginx.conf");
        std::fs::write(&conf, &config).expect("nginx.conf");
        let args = |test: bool| {
            let mut args = vec!["-e".to_owned(), format!("{d}/error.log")];
            if test {
                args.push("-t".into());
            }
            args.extend([
                "-p".into(),
                format!("{d}/"),
                "-c".into(),
                conf.display().to_string(),
            ]);
            args
        };
        let check = Command::new(nginx_binary())
            .args(args(true))
            .output()
            .unwrap_or_else(|e| {
                panic!("cannot run nginx: {e} (scripts/test.sh installs it: apt-get install nginx)")
            });
        assert!(
            check.status.success(),
            "`nginx -t` refuses the hosting guide's configuration:\n{}\n--- generated nginx.conf ---\n{config}",
            String::from_utf8_lossy(&check.stderr)
        );
        let mut child = Command::new(nginx_binary())
            .args(args(false))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx");
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            let log = || std::fs::read_to_string(dir.join("error.log")).unwrap_or_default();
            if let Ok(Some(status)) = child.try_wait() {
                panic!("nginx stopped ({status}):\n{}", log());
            }
            assert!(
                Instant::now() < deadline,
                "nginx did not listen on {port}:\n{}",
                log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Nginx { child, port, dir }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn get(&self, path: &str, accept_encoding: Option<&str>) -> Response {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect to nginx");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        let encoding = accept_encoding
            .map(|e| format!("Accept-Encoding: {e}\r\n"))
            .unwrap_or_default();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n{encoding}\r\n",
            self.port
        )
        .expect("request");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("response");
        Response::parse(path, &raw)
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// An HTTP/1.1 response as it came over the wire.
#[derive(Debug)]
pub struct Response {
    pub path: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn parse(path: &str, raw: &[u8]) -> Response {
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("{path}: no end of headers"));
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("{path}: no status line"));
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
            .collect();
        let response = Response {
            path: path.to_owned(),
            status,
            headers,
            body: raw[split + 4..].to_vec(),
        };
        assert_ne!(
            response.header("Transfer-Encoding"),
            Some("chunked"),
            "{path}: a static file comes with its length"
        );
        if let Some(length) = response.header("Content-Length") {
            let length: usize = length.parse().expect("Content-Length");
            assert_eq!(response.body.len(), length, "{path}: body length");
        }
        response
    }

    /// The values of every header called `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The value of the header `name`, which must come at most once.
    pub fn header(&self, name: &str) -> Option<&str> {
        let values = self.all(name);
        assert!(values.len() <= 1, "{}: {name} {values:?}", self.path);
        values.first().copied()
    }

    pub fn text(&self) -> String {
        self.headers
            .iter()
            .map(|(n, v)| format!("{n}: {v}\n"))
            .collect()
    }
}
