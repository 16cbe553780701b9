//! The tests without a browser: the shipped data and every rule of the check, the checker's
//! command, generated timelines (proptest), the prerendered pages' editorial content, the
//! build output and the share images (docs/testing.md).

#[path = "../support/mod.rs"]
mod support;

mod build_output;
mod checker;
mod editorial;
mod layout;
mod properties;
mod sharing;
mod timeline_data;
