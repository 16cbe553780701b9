//! The browser tests: the release build in `dist/` (built by `scripts/build.sh`) served over
//! HTTP on 127.0.0.1 and driven through WebDriver (docs/testing.md). One test binary, one
//! module per subject; `support` holds the server, the drivers and the shared fixtures.

#[path = "../support/mod.rs"]
mod support;

mod nginx_support;
mod preview_support;

mod appearance;
mod embed;
mod engines;
mod events_and_quotes;
mod first_screen;
mod hostile;
mod hosting;
mod late_or_no_webassembly;
mod nginx;
mod preview;
mod preview_editing;
mod preview_engines;
mod preview_limits;
mod reader;
mod share_sheet;
mod static_page;
