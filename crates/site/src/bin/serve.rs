//! `cargo run --bin serve -- [DIR] [--addr 127.0.0.1:8080] [--mount /sub/path/]`:
//! serves the release build as any static host would.

fn main() {
    use pegasus_site::static_server::{ServerConfig, StaticServer};

    let mut args = std::env::args().skip(1);
    let mut config = ServerConfig::new("dist");
    let mut addr = "127.0.0.1:8080".to_owned();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--addr" => addr = args.next().unwrap_or(addr),
            "--mount" => config.mount = args.next().unwrap_or(config.mount),
            dir => config.root = dir.into(),
        }
    }
    if !config.mount.ends_with('/') {
        config.mount.push('/');
    }
    if !config.root.join("index.html").is_file() {
        eprintln!(
            "error: {} has no index.html; build it with `./scripts/build.sh`",
            config.root.display()
        );
        std::process::exit(1);
    }
    match StaticServer::start(&addr, config.clone()) {
        Ok(server) => {
            println!(
                "Serving {} at {}",
                config.root.display(),
                server.url(&config.mount)
            );
            loop {
                std::thread::park();
            }
        }
        Err(error) => {
            eprintln!("error: cannot listen on {addr}: {error}");
            std::process::exit(1);
        }
    }
}
