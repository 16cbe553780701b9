//! The preview page's views, named after what the editor sees. The timeline itself is
//! drawn by the readers' own [`pegasus_timeline::App`].

mod check_report;
mod data_input;
mod drawn_page;
mod preview_app;
mod source_texts_input;

pub use check_report::CheckReport;
pub use data_input::{DataFilePicker, DropTarget, PastedData};
pub use drawn_page::DrawnPage;
pub use preview_app::PreviewApp;
pub use source_texts_input::SourceTextsInput;
