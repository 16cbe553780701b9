//! The preview page's views, named after what the editor sees. The timeline itself is
//! drawn by the readers' own [`pegasus_timeline::App`].

mod actor_list;
mod check_report;
mod data_input;
mod drawn_page;
mod edit_panel;
mod event_editor;
mod event_form;
mod fields;
mod file_bar;
mod page_fields;
mod preview_app;
mod quote_fields;
mod removal;
mod source_list;
mod source_texts_input;

pub use actor_list::ActorList;
pub use check_report::CheckReport;
pub use data_input::{DataFilePicker, DropTarget, PastedData};
pub use drawn_page::DrawnPage;
pub use edit_panel::EditPanel;
pub use event_editor::EventEditor;
pub use event_form::EventForm;
pub use file_bar::FileBar;
pub use page_fields::PageFields;
pub use preview_app::PreviewApp;
pub use quote_fields::{PassagePicker, QuoteFields};
pub use source_list::SourceList;
pub use source_texts_input::SourceTextsInput;
