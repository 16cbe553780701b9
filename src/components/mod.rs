//! The views, each named after what the reader sees. The same components render the HTML
//! at build time (`prerender`, natively) and hydrate it in the browser; each control's
//! behaviour lives in the component that draws it.

mod actor_filters;
mod context_section;
mod copy_button;
mod day_axis;
mod day_nav;
mod embed_panel;
mod error_notice;
mod event_card;
mod failure_notice;
mod page_footer;
mod page_header;
mod quote_panel;
mod reader_tools;
mod source_list;

pub use actor_filters::ActorFilters;
pub use context_section::ContextSection;
pub use copy_button::{CopyButton, ShareAs};
pub use day_axis::DayAxis;
pub use day_nav::DayNav;
pub use embed_panel::EmbedPanel;
pub use error_notice::ErrorNotice;
pub use event_card::EventCard;
pub use failure_notice::FailureNotice;
pub use page_footer::PageFooter;
pub use page_header::PageHeader;
pub use quote_panel::QuotePanel;
pub use reader_tools::{ExpandAllButton, LanguageSwitch, ReaderTools};
pub use source_list::SourceList;
