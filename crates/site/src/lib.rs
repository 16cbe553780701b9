//! The native tools that write and serve `dist/`: the prerenderer (the readers' `App`
//! rendered to complete documents), the share images and the JSON-LD, the static server,
//! and the editors' checker (`check-timeline`). Never in a wasm.

pub mod prerender;
pub mod share;
pub mod static_server;

use pegasus_model as model;
use pegasus_timeline::{i18n, pages};
